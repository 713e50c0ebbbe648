import { rule } from '../../server/src/rules/compose/DC021-port-all-interfaces';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

const ports = (items: string) => service(`    ports:\n${items}`);

ruleTester(rule, {
  valid: [
    { name: 'bound to an address, IPv6 loopback, a variable', code: ports('      - "127.0.0.1:8080:80"\n      - "[::1]:8443:443"\n      - ${BIND_IP}:9000:9000\n      - "${BIND:-0.0.0.0}:9001:9001"\n') },
    { name: 'long syntax with host_ip', code: ports('      - target: 80\n        published: "8080"\n        host_ip: 10.0.0.5\n') },
    { name: 'expose is not publishing', code: service('    expose: ["80"]\n') },
  ],
  invalid: [
    { name: 'double-quoted host:container, quotes kept', code: ports('      - "8080:80"\n'), lines: [5], message: /host port 8080 is published on every interface/, output: ports('      - "127.0.0.1:8080:80"\n') },
    { name: 'single-quoted with protocol', code: ports("      - '5353:53/udp'\n"), lines: [5], output: ports("      - '127.0.0.1:5353:53/udp'\n") },
    { name: 'plain string', code: ports('      - 8080:80\n'), lines: [5], output: ports('      - 127.0.0.1:8080:80\n') },
    { name: 'container port only (a number): a random host port', code: ports('      - 3000\n'), lines: [5], message: /random host port for 3000/, output: ports('      - "127.0.0.1::3000"\n') },
    { name: 'explicit 0.0.0.0 is replaced', code: ports('      - "0.0.0.0:80:80"\n'), lines: [5], output: ports('      - "127.0.0.1:80:80"\n') },
    { name: 'variable host port', code: ports('      - "${PORT:-8080}:80"\n'), lines: [5], output: ports('      - "127.0.0.1:${PORT:-8080}:80"\n') },
    { name: 'flow list', code: service('    ports: ["8080:80", "127.0.0.1:9090:9090"]\n'), lines: [4], output: service('    ports: ["127.0.0.1:8080:80", "127.0.0.1:9090:9090"]\n') },
    {
      name: 'long syntax: host_ip is added',
      code: ports('      - target: 80\n        published: 8080\n'),
      lines: [5],
      output: ports('      - target: 80\n        published: 8080\n        host_ip: "127.0.0.1"\n'),
    },
    {
      name: 'ports from an anchor: fixed there, once',
      code: 'x-p: &p\n  ports:\n    - "8080:80"\nservices:\n  a:\n    <<: *p\n  b:\n    <<: *p\n',
      lines: [3], message: /^Services `a` and `b`:/,
      output: 'x-p: &p\n  ports:\n    - "127.0.0.1:8080:80"\nservices:\n  a:\n    <<: *p\n  b:\n    <<: *p\n',
    },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    ports: ["80:80"]\n', 'b')), lines: [8], output: twoDocuments(service(''), service('    ports: ["127.0.0.1:80:80"]\n', 'b')) },
  ],
});
