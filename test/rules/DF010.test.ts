import { rule } from '../../server/src/rules/dockerfile/DF010-copy-from-undefined-stage';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc: earlier stage by name', code: 'FROM node:22 AS deps\nRUN <<EOF\nnpm ci\nEOF\nFROM node:22-slim\nCOPY --from=deps /app/node_modules /app/node_modules\n' },
    { name: 'external image references (tag, registry, digest)', code: 'FROM alpine:3.22\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=ghcr.io/acme/tools /bin/t /bin/t\nCOPY --from=docker.io/library/busybox /bin/busybox /bin/busybox\n' },
    { name: 'earlier stage by index', code: 'FROM alpine:3.22\nFROM alpine:3.22\nCOPY --from=0 /a /a\n' },
    { name: 'unresolvable ARG is not judged', code: 'FROM alpine:3.22\nARG SRC\nCOPY --from=${SRC} /a /a\n' },
    { name: 'own stage is DF009', code: 'FROM alpine:3.22 AS a\nCOPY --from=a /x /y\n' },
  ],
  invalid: [
    { name: 'typo of a stage name', code: 'FROM golang:1.26 AS builder\nRUN go build -o /app .\nFROM scratch\nCOPY --from=buidler /app /app\n', lines: [4], message: /did you mean `builder`\?/, output: null },
    { name: 'stage defined later', code: 'FROM alpine:3.22 AS app\nCOPY --from=assets /x /x\nFROM alpine:3.22 AS assets\n', lines: [2], message: /defined after this one/, output: null },
    { name: 'index out of range', code: 'FROM alpine:3.22\nCOPY --from=3 /x /x\n', lines: [2], message: /there is no stage 3/, output: null },
    {
      name: 'multi-stage with a heredoc COPY from an unknown bare name',
      code: 'FROM alpine:3.22 AS one\nRUN <<EOF\ntouch /x\nEOF\nFROM alpine:3.22\ncopy --from=tools <<EOF /x\nhi\nEOF\n',
      lines: [6],
      message: /pulls an image called `tools` from Docker Hub\. Define the stage first/,
      output: null,
    },
  ],
});
