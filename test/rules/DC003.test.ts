import { rule } from '../../server/src/rules/compose/DC003-dangerous-cap-add';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'harmless additions', code: service('    cap_add: [NET_BIND_SERVICE, CHOWN]\n') },
    { name: 'dropping is fine', code: service('    cap_drop: [SYS_ADMIN]\n') },
  ],
  invalid: [
    {
      name: 'block list: the item line goes',
      code: service('    cap_add:\n      - NET_BIND_SERVICE\n      - SYS_ADMIN # for fuse\n'),
      lines: [6], message: /adds capability SYS_ADMIN/,
      output: service('    cap_add:\n      - NET_BIND_SERVICE\n'),
    },
    {
      name: 'CAP_ prefix and lower case; the only item: the key goes',
      code: service('    cap_add:\n      - cap_sys_module\n    restart: always\n'),
      lines: [5], message: /SYS_MODULE/,
      output: service('    restart: always\n'),
    },
    {
      name: 'flow list with two dangerous ones: one finding each',
      code: service('    cap_add: [NET_ADMIN, ALL]\n'),
      lines: [4, 4],
      output: service('    cap_add: [ALL]\n'),
    },
    {
      name: 'through a merge key: reported at the anchor, once',
      code: 'x-net: &net\n  cap_add: [NET_RAW, CHOWN]\nservices:\n  a:\n    <<: *net\n  b:\n    <<: *net\n',
      lines: [2], message: /^Services `a` and `b` add capability NET_RAW/,
      output: 'x-net: &net\n  cap_add: [CHOWN]\nservices:\n  a:\n    <<: *net\n  b:\n    <<: *net\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service(''), service('    cap_add: [SYS_PTRACE]\n', 'debug')),
      lines: [8],
      output: twoDocuments(service(''), service('    cap_add: []\n', 'debug').replace('    cap_add: []\n', '')),
    },
  ],
});
