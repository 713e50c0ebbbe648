import { rule } from '../../server/src/rules/dockerfile/DF039-expose-out-of-range';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'edges of the range', code: 'FROM alpine:3.20\nEXPOSE 0 65535 8000-8010/udp\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\n99999\nEOF\n' },
  ],
  invalid: [
    {
      name: 'too big',
      code: 'FROM alpine:3.20\nEXPOSE 80 65536\n',
      lines: [2],
      message: /65536/,
      output: null,
    },
    {
      name: 'multi-stage: range end too big, backwards range, from an ARG',
      code: 'FROM alpine:3.20 AS a\nEXPOSE 65530-70000\nFROM a\nARG P=90000\nEXPOSE 9000-8000 $P\n',
      lines: [2, 5, 5],
      output: null,
    },
  ],
});
