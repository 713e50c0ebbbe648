import { rule } from '../../server/src/rules/dockerfile/DF041-expose-protocol-case';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'lower case', code: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 8080\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\n80/TCP\nEOF\n' },
  ],
  invalid: [
    {
      name: 'upper case',
      code: 'FROM alpine:3.20\nEXPOSE 80/TCP 53/udp\n',
      lines: [2],
      output: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp\n',
    },
    {
      name: 'multi-stage, ONBUILD, mixed case',
      code: 'FROM alpine:3.20 AS a\nEXPOSE 53/Udp\nFROM a\nONBUILD EXPOSE 8080/TCP\n',
      lines: [2, 4],
      output: 'FROM alpine:3.20 AS a\nEXPOSE 53/udp\nFROM a\nONBUILD EXPOSE 8080/TCP\n',
    },
  ],
});
