import { rule } from '../../server/src/rules/compose/DC014-no-new-privileges';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'colon form', code: service('    security_opt:\n      - no-new-privileges:true\n') },
    { name: 'equals form, bare flag', code: service('    security_opt: ["no-new-privileges=true"]\n  b:\n    image: b:1\n    security_opt: [no-new-privileges]\n') },
    { name: 'from a merged anchor', code: 'x-s: &s\n  security_opt: [no-new-privileges:true]\nservices:\n  app:\n    <<: *s\n    image: app:1\n' },
  ],
  invalid: [
    {
      name: 'no security_opt at all: added',
      code: service('    read_only: true\n'),
      lines: [2],
      output: service('    read_only: true\n    security_opt:\n      - "no-new-privileges:true"\n'),
    },
    {
      name: 'set to false: appended (the later value wins in Docker)',
      code: service('    security_opt:\n      - no-new-privileges:false\n'),
      lines: [4],
      output: service('    security_opt:\n      - no-new-privileges:false\n      - "no-new-privileges:true"\n'),
    },
    {
      name: 'flow list, flush style elsewhere',
      code: service('    security_opt: [apparmor:docker-default]\n'),
      lines: [4],
      output: service('    security_opt: [apparmor:docker-default, "no-new-privileges:true"]\n'),
    },
    {
      name: 'list in an anchor: appended there once',
      code: 'x-s: &s\n  security_opt:\n  - label:type:container_t\nservices:\n  a:\n    <<: *s\n  b:\n    <<: *s\n',
      lines: [2], message: /^Services `a` and `b` do not set/,
      output: 'x-s: &s\n  security_opt:\n  - label:type:container_t\n  - "no-new-privileges:true"\nservices:\n  a:\n    <<: *s\n  b:\n    <<: *s\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service('    security_opt: [no-new-privileges:true]\n'), service('', 'b')),
      lines: [7],
      output: twoDocuments(service('    security_opt: [no-new-privileges:true]\n'), service('    security_opt:\n      - "no-new-privileges:true"\n', 'b')),
    },
  ],
});
