import { rule } from '../../server/src/rules/dockerfile/DF011-duplicate-stage-name';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc, unique names', code: 'FROM node:22 AS deps\nRUN <<EOF\nnpm ci\nEOF\nFROM node:22 AS build\nFROM node:22-slim AS run\n' },
    { name: 'unnamed stages', code: 'FROM alpine:3.22\nFROM alpine:3.22\n' },
  ],
  invalid: [
    { name: 'same name twice', code: 'FROM alpine:3.22 AS build\nFROM alpine:3.22 AS build\n', lines: [2], message: /already used on line 1/, output: null },
    { name: 'names differ only in case', code: 'FROM alpine:3.22 AS Build\nRUN <<EOF\ntrue\nEOF\nfrom alpine:3.22 as build\nFROM alpine:3.22 AS BUILD\n', lines: [5, 6], output: null },
  ],
});
