import { rule } from '../../server/src/rules/dockerfile/DF046-shell-form-cmd';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'exec form', code: 'FROM node:22\nCMD ["node", "server.js"]\n' },
    { name: 'build stage is not judged', code: 'FROM node:22 AS build\nCMD npm test\n\nFROM node:22-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/server.js"]\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nCMD y\nEOF\n' },
  ],
  invalid: [
    {
      name: 'plain command',
      code: 'FROM node:22\nCMD node server.js\n',
      lines: [2],
      message: /`node server\.js`/,
      output: 'FROM node:22\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'multi-stage: final stage builds on a stage; single-quoted word',
      code: 'FROM nginx:1.27 AS base\nCOPY site /usr/share/nginx/html\n\nFROM base\nCMD nginx -g \'daemon off;\'\n',
      lines: [5],
      output: 'FROM nginx:1.27 AS base\nCOPY site /usr/share/nginx/html\n\nFROM base\nCMD ["nginx", "-g", "daemon off;"]\n',
    },
    {
      name: 'operators and continuation lines: no fix',
      code: 'FROM alpine:3.20\nCMD ./migrate && \\\n    ./serve\n',
      lines: [2],
      output: null,
    },
  ],
});
