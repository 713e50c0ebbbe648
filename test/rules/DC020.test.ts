import { rule } from '../../server/src/rules/compose/DC020-no-user';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'user set (even root: that is DC019)', code: service('    user: root\n') },
    { name: 'from a merged anchor', code: 'x-u: &u\n  user: "1000"\nservices:\n  app:\n    <<: *u\n' },
    { name: 'from the extended service', code: 'services:\n  base:\n    image: a:1\n    user: "1000"\n  child:\n    extends: base\n' },
  ],
  invalid: [
    { name: 'no user: added', code: service('    restart: always\n'), lines: [2], output: service('    restart: always\n    user: "10001:10001"\n') },
    {
      name: 'aliased services share one map: one finding',
      code: 'services:\n  a: &svc\n    image: app:1\n  b: *svc\n',
      lines: [2], message: /^Services `a` and `b` set no `user`/,
      output: 'services:\n  a: &svc\n    image: app:1\n    user: "10001:10001"\n  b: *svc\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service('    user: "1000"\n'), service('', 'b')),
      lines: [7], output: twoDocuments(service('    user: "1000"\n'), service('    user: "10001:10001"\n', 'b')),
    },
  ],
});
