import { rule } from '../../server/src/rules/dockerfile/DF015-onbuild-trigger';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc: ONBUILD RUN and COPY are fine', code: 'FROM node:22 AS base\nONBUILD COPY package.json /app/\nONBUILD RUN npm ci\nRUN <<EOF\ntrue\nEOF\nFROM base\n' },
  ],
  invalid: [
    { name: 'ONBUILD FROM', code: 'FROM alpine:3.22\nONBUILD FROM debian:13\n', lines: [2], message: /`ONBUILD FROM` is not allowed/, output: null },
    { name: 'ONBUILD ONBUILD and MAINTAINER, lower case', code: 'from alpine:3.22\nonbuild onbuild run true\nonbuild maintainer me\n', lines: [2, 3], output: null },
    { name: 'multi-stage with a heredoc', code: 'FROM alpine:3.22 AS a\nRUN <<EOF\ntrue\nEOF\nFROM a\nONBUILD MAINTAINER someone\n', lines: [6], output: null },
  ],
});
