import { rule } from '../../server/src/rules/dockerfile/DF074-update-alone';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'update and install together', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n' },
    { name: 'apk update with add', code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n' },
    { name: 'heredoc with both', code: 'FROM ubuntu:24.04\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n' },
  ],
  invalid: [
    { name: 'update alone', code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n', lines: [2], output: null },
    {
      name: 'multi-stage and heredoc: update then clean only',
      code: 'FROM alpine:3.20 AS build\nRUN apk update\nFROM debian:12\nRUN <<EOF\napt-get update\napt-get clean\nEOF\n',
      lines: [2, 5],
      output: null,
    },
  ],
});
