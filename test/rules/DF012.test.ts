import { rule } from '../../server/src/rules/dockerfile/DF012-reserved-stage-name';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc, FROM scratch is fine', code: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM scratch\nCOPY --from=build /app /app\n' },
  ],
  invalid: [
    { name: 'AS scratch', code: 'FROM alpine:3.22 AS scratch\n', lines: [1], message: /`scratch` is a reserved word/, output: null },
    { name: 'AS context, any case', code: 'FROM alpine:3.22 AS base\nRUN <<EOF\ntrue\nEOF\nfrom base as Context\n', lines: [5], output: null },
  ],
});
