import { rule } from '../../server/src/rules/dockerfile/DF050-copy-dest-slash';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'directory destination', code: 'FROM alpine:3.20\nCOPY a b /app/\nCOPY c /app\nCOPY d e .\n' },
    { name: 'variable destination', code: 'FROM alpine:3.20\nARG DEST\nCOPY a b $DEST\n' },
    { name: 'tab-stripping heredoc', code: 'FROM alpine:3.20\nCOPY <<-EOT /etc/motd\n\thello a b\n\tEOT\n' },
    { name: 'single heredoc source', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello a b\nEOF\n' },
  ],
  invalid: [
    {
      name: 'two sources',
      code: 'FROM alpine:3.20\nCOPY package.json package-lock.json /app\n',
      lines: [2],
      output: 'FROM alpine:3.20\nCOPY package.json package-lock.json /app/\n',
    },
    {
      name: 'multi-stage JSON form, ADD, and two heredocs',
      code: 'FROM alpine:3.20 AS a\nCOPY ["a", "b", "/x"]\nFROM a\nADD one two src\nCOPY <<A <<B /etc\nfirst\nA\nsecond\nB\n',
      lines: [2, 4, 5],
      output: 'FROM alpine:3.20 AS a\nCOPY ["a", "b", "/x/"]\nFROM a\nADD one two src\nCOPY <<A <<B /etc\nfirst\nA\nsecond\nB\n',
    },
  ],
});
