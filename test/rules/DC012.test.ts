import { rule } from '../../server/src/rules/compose/DC012-mount-propagation';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'rslave and private', code: service('    volumes:\n      - /:/host:ro,rslave\n      - type: bind\n        source: /mnt\n        target: /mnt\n        bind:\n          propagation: private\n') },
  ],
  invalid: [
    { name: 'short syntax rshared', code: service('    volumes:\n      - /mnt/data:/data:rw,rshared\n'), lines: [5], message: /`rshared` propagation/, output: null },
    { name: 'long syntax shared', code: service('    volumes:\n      - type: bind\n        source: /mnt\n        target: /mnt\n        bind: {propagation: shared}\n'), lines: [5], output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    volumes: ["/mnt:/mnt:shared"]\n', 'b')), lines: [8], output: null },
  ],
});
