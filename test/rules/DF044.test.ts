import { rule } from '../../server/src/rules/dockerfile/DF044-duplicate-runtime-instruction';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'one of each', code: 'FROM node:22\nENTRYPOINT ["node"]\nCMD ["server.js"]\nHEALTHCHECK CMD ["node", "health.js"]\n' },
    { name: 'one per stage', code: 'FROM node:22 AS test\nCMD ["npm", "test"]\n\nFROM node:22-slim\nCMD ["node", "server.js"]\n' },
    { name: 'ONBUILD CMD does not count', code: 'FROM node:22\nONBUILD CMD ["x"]\nCMD ["node", "server.js"]\n' },
    { name: 'heredoc body', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nCMD a\nCMD b\nEOF\nCMD ["c"]\n' },
  ],
  invalid: [
    {
      name: 'two CMDs',
      code: 'FROM node:22\nCMD ["npm", "start"]\n# the real one\nCMD ["node", "server.js"]\n',
      lines: [2],
      message: /later CMD in stage 1/,
      output: 'FROM node:22\n# the real one\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'multi-stage: multi-line HEALTHCHECK and ENTRYPOINT in the final stage',
      code: 'FROM alpine:3.20 AS a\nCMD ["a"]\n\nFROM alpine:3.20\nHEALTHCHECK --interval=30s \\\n  CMD wget -q -O- http://localhost/\nENTRYPOINT ["/x"]\nENTRYPOINT ["/y"]\nHEALTHCHECK CMD ["/y", "health"]\n',
      lines: [5, 7],
      output: 'FROM alpine:3.20 AS a\nCMD ["a"]\n\nFROM alpine:3.20\nENTRYPOINT ["/x"]\nENTRYPOINT ["/y"]\nHEALTHCHECK CMD ["/y", "health"]\n',
    },
  ],
});
