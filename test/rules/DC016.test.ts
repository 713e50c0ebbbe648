import { rule } from '../../server/src/rules/compose/DC016-apparmor-unconfined';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'a confined setting', code: service('    security_opt:\n      - apparmor:docker-default\n      - no-new-privileges:true\n') },
  ],
  invalid: [
    {
      name: 'block list: the item line goes',
      code: service('    security_opt:\n      - no-new-privileges:true\n      - apparmor:unconfined # needed once\n'),
      lines: [6], message: /`apparmor:unconfined`/,
      output: service('    security_opt:\n      - no-new-privileges:true\n'),
    },
    {
      name: 'equals form, the only item: the key goes',
      code: service('    security_opt: ["apparmor=unconfined"]\n    restart: always\n'),
      lines: [4],
      output: service('    restart: always\n'),
    },
    {
      name: 'in an anchor merged by two services',
      code: 'x-s: &s\n  security_opt: [no-new-privileges:true, apparmor:unconfined]\nservices:\n  a:\n    <<: *s\n  b:\n    <<: *s\n',
      lines: [2], message: /^Services `a` and `b` set/,
      output: 'x-s: &s\n  security_opt: [no-new-privileges:true]\nservices:\n  a:\n    <<: *s\n  b:\n    <<: *s\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service(''), service('    security_opt:\n      - apparmor:unconfined\n      - no-new-privileges:true\n', 'b')),
      lines: [9],
      output: twoDocuments(service(''), service('    security_opt:\n      - no-new-privileges:true\n', 'b')),
    },
  ],
});
