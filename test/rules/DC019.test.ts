import { rule } from '../../server/src/rules/compose/DC019-user-root';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'non-root user', code: service('    user: "1000:1000"\n') },
    { name: 'a name that starts like root', code: service('    user: rootless\n') },
    { name: 'variables are not judged', code: service('    user: ${UID}:${GID}\n') },
  ],
  invalid: [
    { name: 'user: root', code: service('    user: root\n'), lines: [4], message: /as root \(`user: root`\)/, output: service('    user: "10001:10001"\n') },
    { name: 'numeric 0', code: service('    user: 0\n'), lines: [4], output: service('    user: "10001:10001"\n') },
    { name: 'quoted 0:0', code: service("    user: '0:0'\n"), lines: [4], output: service('    user: "10001:10001"\n') },
    {
      name: 'in an anchor merged by two services',
      code: 'x-root: &root\n  user: root:root\nservices:\n  a:\n    <<: *root\n  b:\n    <<: *root\n',
      lines: [2], message: /^Services `a` and `b` run as root/,
      output: 'x-root: &root\n  user: "10001:10001"\nservices:\n  a:\n    <<: *root\n  b:\n    <<: *root\n',
    },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    user: root\n', 'b')), lines: [8], output: twoDocuments(service(''), service('    user: "10001:10001"\n', 'b')) },
  ],
});
