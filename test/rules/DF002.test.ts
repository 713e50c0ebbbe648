import { rule } from '../../server/src/rules/dockerfile/DF002-untagged-image';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'tagged', code: 'FROM ubuntu:24.04\nRUN true\n' },
    { name: 'digest only', code: 'FROM ubuntu@sha256:0f2a8c0d3e1b4a5f6e7d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a69788796a5b\n' },
    { name: 'scratch is not an image', code: 'FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'multi-stage: FROM an earlier stage name (any case)', code: 'FROM node:22 AS Base\nRUN <<EOF\nnpm ci\nEOF\nFROM base\nCMD ["node", "a.js"]\n' },
    { name: 'ARG default with a tag', code: 'ARG BASE=alpine:3.22\nFROM ${BASE}\n' },
    { name: 'ARG without default is not judged', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: '${V:-default} with a tag', code: 'ARG TAG\nFROM debian:${TAG:-13}\n' },
    { name: 'registry with a port, tagged', code: 'FROM localhost:5000/team/app:1.2\n' },
  ],
  invalid: [
    { name: 'no tag', code: 'FROM ubuntu\nRUN true\n', lines: [1], message: /`ubuntu` has no tag/, output: null },
    { name: 'registry with a port, no tag', code: 'FROM localhost:5000/team/app\n', lines: [1], output: null },
    { name: 'ARG default without a tag', code: 'ARG BASE=python\nFROM ${BASE}\n', lines: [2], message: /`\$\{BASE\}` \(`python`\)/, output: null },
    {
      name: 'multi-stage with a heredoc: each external FROM is judged',
      code: 'FROM golang AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM alpine\nCOPY --from=build /app /app\n',
      lines: [1, 5],
      output: null,
    },
    { name: 'lower-case instruction', code: 'from node as app\n', lines: [1], output: null },
  ],
});
