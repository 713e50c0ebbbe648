import { rule } from '../../server/src/rules/compose/DC017-selinux-disabled';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'a confined setting', code: service('    security_opt:\n      - label:type:container_t\n      - no-new-privileges:true\n') },
  ],
  invalid: [
    {
      name: 'an unconfined SELinux type',
      code: service('    security_opt:\n      - label:type:spc_t\n      - no-new-privileges:true\n'),
      lines: [5], message: /unconfined SELinux type/,
      output: service('    security_opt:\n      - no-new-privileges:true\n'),
    },
    {
      name: 'block list: the item line goes',
      code: service('    security_opt:\n      - no-new-privileges:true\n      - label:disable # needed once\n'),
      lines: [6], message: /`label:disable`/,
      output: service('    security_opt:\n      - no-new-privileges:true\n'),
    },
    {
      name: 'equals form, the only item: the key goes',
      code: service('    security_opt: ["label=disable"]\n    restart: always\n'),
      lines: [4],
      output: service('    restart: always\n'),
    },
    {
      name: 'in an anchor merged by two services',
      code: 'x-s: &s\n  security_opt: [no-new-privileges:true, label:disable]\nservices:\n  a:\n    <<: *s\n  b:\n    <<: *s\n',
      lines: [2], message: /^Services `a` and `b` set/,
      output: 'x-s: &s\n  security_opt: [no-new-privileges:true]\nservices:\n  a:\n    <<: *s\n  b:\n    <<: *s\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service(''), service('    security_opt:\n      - label:disable\n      - no-new-privileges:true\n', 'b')),
      lines: [9],
      output: twoDocuments(service(''), service('    security_opt:\n      - no-new-privileges:true\n', 'b')),
    },
  ],
});
