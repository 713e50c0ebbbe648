import { rule } from '../../server/src/rules/dockerfile/DF086-useradd-large-uid';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'small UID', code: 'FROM debian:12\nRUN useradd -u 10001 app\n' },
    { name: 'large UID with -l', code: 'FROM debian:12\nRUN useradd -l -u 1000000 app && useradd --no-log-init --uid=2000000 b\n' },
    { name: '$UID is not judged', code: 'FROM debian:12\nARG UID\nRUN useradd -u $UID app\n' },
  ],
  invalid: [
    { name: 'useradd -u 1000000', code: 'FROM debian:12\nRUN useradd -u 1000000 app\n', lines: [2], output: 'FROM debian:12\nRUN useradd -l -u 1000000 app\n' },
    {
      name: 'multi-stage: only the final stage; heredoc',
      code: 'FROM debian:12 AS b\nRUN useradd -u 9999999 x\nFROM debian:12\nCOPY --from=b /x /x\nRUN <<EOF\nuseradd --uid=123456789 app\nEOF\n',
      lines: [6],
      output: 'FROM debian:12 AS b\nRUN useradd -u 9999999 x\nFROM debian:12\nCOPY --from=b /x /x\nRUN <<EOF\nuseradd -l --uid=123456789 app\nEOF\n',
    },
  ],
});
