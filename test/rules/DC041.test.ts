import { rule } from '../../server/src/rules/compose/DC041-tmpfs-exec';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'noexec,nosuid', code: service('    tmpfs:\n      - /tmp:rw,noexec,nosuid,size=64m\n') },
    { name: 'explicit exec and suid are deliberate', code: service('    tmpfs: /jit:exec,suid\n') },
  ],
  invalid: [
    { name: 'block list, bare path', code: service('    tmpfs:\n      - /tmp\n'), lines: [5], message: /lacks `noexec` and `nosuid`/, output: service('    tmpfs:\n      - /tmp:noexec,nosuid\n') },
    { name: 'string with options, one missing', code: service('    tmpfs: "/run:size=1m,noexec"\n'), lines: [4], message: /lacks `nosuid`:/, output: service('    tmpfs: "/run:size=1m,noexec,nosuid"\n') },
    { name: 'plain item in a flow list is quoted', code: service('    tmpfs: [/tmp, "/run:noexec,nosuid"]\n'), lines: [4], output: service('    tmpfs: ["/tmp:noexec,nosuid", "/run:noexec,nosuid"]\n') },
    {
      name: 'from an anchor: once, fixed there',
      code: 'x-t: &t\n  tmpfs:\n    - /tmp\nservices:\n  a:\n    <<: *t\n  b:\n    <<: *t\n',
      lines: [3], message: /^Services `a` and `b`/,
      output: 'x-t: &t\n  tmpfs:\n    - /tmp:noexec,nosuid\nservices:\n  a:\n    <<: *t\n  b:\n    <<: *t\n',
    },
    { name: 'multi-document file', code: twoDocuments(service(''), service("    tmpfs: '/cache'\n", 'b')), lines: [8], output: twoDocuments(service(''), service("    tmpfs: '/cache:noexec,nosuid'\n", 'b')) },
  ],
});
