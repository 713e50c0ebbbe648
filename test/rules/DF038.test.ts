import { rule } from '../../server/src/rules/dockerfile/DF038-expose-risky-port';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'application and database ports', code: 'FROM postgres:17\nEXPOSE 5432 8080 443\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\necho 2375\nEOF\n' },
  ],
  invalid: [
    {
      name: 'Docker API among other ports',
      code: 'FROM docker:27-dind\nEXPOSE 2375 2376\n',
      lines: [2, 2],
      message: /Docker API/,
      output: 'FROM docker:27-dind\nEXPOSE 2376\n',
    },
    {
      name: 'multi-stage: VNC on a continuation line',
      code: 'FROM alpine:3.20 AS build\nRUN true\nFROM alpine:3.20\nEXPOSE 8080 \\\n  5900\n',
      lines: [5],
      output: 'FROM alpine:3.20 AS build\nRUN true\nFROM alpine:3.20\nEXPOSE 8080\n',
    },
  ],
});
