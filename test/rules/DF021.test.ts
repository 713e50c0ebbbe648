import { rule } from '../../server/src/rules/dockerfile/DF021-inconsistent-instruction-casing';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'all upper, multi-stage with a heredoc', code: 'FROM node:22 AS deps\nRUN <<EOF\nnpm ci\nEOF\nFROM node:22-slim\nCOPY --from=deps /a /a\n' },
    { name: 'all lower', code: 'from alpine:3.22\nrun true\n' },
  ],
  invalid: [
    { name: 'one lower-case RUN among upper', code: 'FROM alpine:3.22\nrun apk add curl\nCMD ["sh"]\n', lines: [2], message: /`run`: most instructions in this file are written in upper case; write `RUN`/, output: 'FROM alpine:3.22\nRUN apk add curl\nCMD ["sh"]\n' },
    { name: 'mixed-case keyword', code: 'from alpine:3.22\nRun true\nrun false\n', lines: [2], output: 'from alpine:3.22\nrun true\nrun false\n' },
    {
      name: 'multi-stage with a heredoc: a FROM recased with its AS',
      code: 'from golang:1.26 as build\nrun <<EOF\ngo build\nEOF\nFROM scratch AS final\ncopy --from=build /app /app\n',
      lines: [5],
      output: 'from golang:1.26 as build\nrun <<EOF\ngo build\nEOF\nfrom scratch as final\ncopy --from=build /app /app\n',
    },
  ],
});
