import { rule } from '../../server/src/rules/dockerfile/DF054-chown-flag';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'no chown, or root', code: 'FROM alpine:3.20\nCOPY app /app\nCOPY --chown=root:root b /b\n' },
    { name: 'build stage', code: 'FROM node:22 AS build\nCOPY --chown=node:node . /app\n\nFROM node:22-slim\nCOPY --from=build /app/dist /app\n' },
  ],
  invalid: [
    { name: 'app user owns the code', code: 'FROM node:22-slim\nCOPY --chown=node:node . /app\n', lines: [2], output: null },
    { name: 'multi-stage final stage, heredoc', code: 'FROM node:22 AS build\nRUN true\nFROM node:22-slim\nCOPY --from=build /x /x\nCOPY --chown=1000 <<EOF /app/config.json\n{}\nEOF\n', lines: [5], output: null },
  ],
});
