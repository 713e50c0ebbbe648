import { rule } from '../../server/src/rules/dockerfile/DF020-from-as-casing';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc, matching case', code: 'FROM node:22 AS deps\nRUN <<EOF\nnpm ci\nEOF\nfrom node:22-slim as run\n' },
    { name: 'mixed-case FROM is not judged', code: 'From alpine:3.22 as a\n' },
  ],
  invalid: [
    { name: 'FROM … as', code: 'FROM alpine:3.22 as build\n', lines: [1], message: /`as` does not match the case of `FROM`; write `AS`/, output: 'FROM alpine:3.22 AS build\n' },
    {
      name: 'multi-stage with a heredoc, from … AS with a flag',
      code: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build\nEOF\nfrom --platform=$BUILDPLATFORM alpine:3.22 AS tools\n',
      lines: [5],
      output: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build\nEOF\nfrom --platform=$BUILDPLATFORM alpine:3.22 as tools\n',
    },
  ],
});
