import { rule } from '../../server/src/rules/dockerfile/DF016-first-instruction';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'parser directives, comments and ARG before FROM', code: '# syntax=docker/dockerfile:1\n# escape=`\n# the base\nARG BASE=alpine:3.22\nFROM ${BASE}\n' },
    { name: 'multi-stage with a heredoc', code: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build\nEOF\nFROM scratch\n' },
    { name: 'lower-case from', code: 'from alpine:3.22\n' },
  ],
  invalid: [
    { name: 'RUN first', code: '# comment\nRUN echo hi\nFROM alpine:3.22\n', lines: [2], message: /The first instruction is `RUN`/, output: null },
    { name: 'heredoc RUN before a multi-stage build', code: 'run <<EOF\necho hi\nEOF\nFROM alpine:3.22 AS a\nFROM a\n', lines: [1], output: null },
  ],
});
