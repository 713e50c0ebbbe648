import { rule } from '../../server/src/rules/compose/DC022-privileged-port';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'high host ports; a low container port is fine', code: service('    ports:\n      - "127.0.0.1:8080:80"\n      - "8443:443"\n      - "80"\n') },
  ],
  invalid: [
    { name: 'short syntax', code: service('    ports:\n      - "127.0.0.1:443:8443"\n      - 80:8080\n'), lines: [5, 6], message: /host port (443|80) is below 1024/, output: null },
    { name: 'long syntax and a range', code: service('    ports:\n      - target: 53\n        published: 53\n        protocol: udp\n      - "1000-1010:1000-1010"\n'), lines: [5, 8], output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    ports: ["22:22"]\n', 'b')), lines: [8], output: null },
  ],
});
