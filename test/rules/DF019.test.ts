import { rule } from '../../server/src/rules/dockerfile/DF019-stage-name-casing';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc, lower-case names', code: 'FROM node:22 AS deps\nRUN <<EOF\nnpm ci\nEOF\nFROM node:22-slim AS run\nCOPY --from=deps /a /a\n' },
  ],
  invalid: [
    { name: 'mixed case', code: 'FROM alpine:3.22 AS Builder\n', lines: [1], message: /`Builder` is not lower case/, output: 'FROM alpine:3.22 AS builder\n' },
    {
      name: 'multi-stage with a heredoc: references keep working',
      code: 'FROM golang:1.26 AS BUILD\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM scratch\nCOPY --from=BUILD /app /app\n',
      lines: [1],
      output: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM scratch\nCOPY --from=BUILD /app /app\n',
    },
  ],
});
