import { rule } from '../../server/src/rules/dockerfile/DF091-run-security-insecure';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'sandboxed', code: 'FROM debian:12\nRUN --security=sandbox --mount=type=cache,target=/root/.cache make\n' },
    { name: 'heredoc without flags', code: 'FROM debian:12\nRUN <<EOF\nmake\nEOF\n' },
  ],
  invalid: [
    { name: '--security=insecure', code: 'FROM debian:12\nRUN --security=insecure mount -t tmpfs none /mnt\n', lines: [2], output: null },
    {
      name: 'multi-stage and heredoc',
      code: 'FROM debian:12 AS a\nRUN --security=insecure <<EOF\nmodprobe x\nEOF\nFROM debian:12\nCOPY --from=a /x /x\n',
      lines: [2],
      output: null,
    },
  ],
});
