import { rule } from '../../server/src/rules/dockerfile/DF001-root-user';
import { ruleTester } from '../helpers/ruleTester';

const SHADOW_USER = 'RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app\nUSER 10001:10001\n';

ruleTester(rule, {
  valid: [
    { name: 'entrypoint script drops root with gosu (the postgres pattern)', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["postgres"]\n' },
    { name: 'multi-stage: su-exec installed in the stage the final one builds on', code: 'FROM alpine:3.22 AS base\nRUN apk add --no-cache su-exec\n\nFROM base\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n' },
    { name: 'non-root USER in the final stage', code: 'FROM debian:12\nRUN apt-get update\nUSER 10001:10001\nCMD ["app"]\n' },
    { name: 'multi-stage: root build stage, non-root final stage', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n' },
    { name: 'distroless nonroot tag needs no USER', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n' },
    { name: 'final stage inherits USER from the stage it builds on', code: 'FROM node:22 AS base\nUSER node\n\nFROM base\nCMD ["node", "server.js"]\n' },
    { name: 'USER from an ARG default', code: 'ARG RUNTIME_USER=10001\nFROM alpine:3.20\nARG RUNTIME_USER\nUSER ${RUNTIME_USER}\n' },
    { name: 'USER that cannot be resolved is not judged', code: 'FROM alpine:3.20\nARG UID\nUSER ${UID}\n' },
    { name: 'heredoc RUN then non-root USER', code: 'FROM ubuntu:24.04\nRUN <<EOF\napt-get update\nuseradd -u 10001 app\nEOF\nUSER app\n' },
    { name: 'Windows images are out of scope', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n' },
    { name: 'root re-entered, then dropped again', code: 'FROM alpine:3.20\nUSER 1000\nUSER root\nRUN apk add curl\nUSER 1000\n' },
  ],
  invalid: [
    {
      name: 'no USER at all (Debian base)',
      code: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\n# start the server\nCMD ["node", "server.js"]\n',
      lines: [1],
      message: /no USER instruction/,
      output: `FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\n${SHADOW_USER}# start the server\nCMD ["node", "server.js"]\n`,
    },
    {
      name: 'multi-stage: only the final stage is judged',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
      lines: [4],
      output: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\nRUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app -s /sbin/nologin app\nUSER 10001:10001\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'root re-entered after a non-root USER in the stage it builds on, never dropped',
      code: 'FROM python:3.13 AS base\nUSER 10001\n\nFROM base\nUSER root\nRUN pip install gunicorn\nCMD ["gunicorn", "app:app"]\n',
      lines: [5],
      message: /Root is re-entered after `USER 10001` \(line 2\) and never dropped again/,
      output: `FROM python:3.13 AS base\nUSER 10001\n\nFROM base\nUSER root\nRUN pip install gunicorn\n${SHADOW_USER}CMD ["gunicorn", "app:app"]\n`,
    },
    {
      name: 'USER root last',
      code: 'FROM debian:12\nUSER 1000\nUSER root\nRUN apt-get install -y curl\n',
      lines: [3],
      message: /last USER .* is `root`\. Root is re-entered after `USER 1000` \(line 2\)/,
      output: `FROM debian:12\nUSER 1000\nUSER root\nRUN apt-get install -y curl\n${SHADOW_USER}`,
    },
    {
      name: 'USER 0:0 with a heredoc RUN after it',
      code: 'FROM ubuntu:24.04\nUSER 0:0\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nCMD ["bash"]\n',
      lines: [2],
      output: `FROM ubuntu:24.04\nUSER 0:0\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n${SHADOW_USER}CMD ["bash"]\n`,
    },
    {
      name: 'scratch gets the numeric nonroot user',
      code: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
      lines: [3],
      output: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'base image from a global ARG, unknown family: numeric USER only',
      code: 'ARG BASE=registry.example.com/team/runtime:5\nFROM ${BASE}\nCOPY app /app\n',
      lines: [2],
      message: /registry\.example\.com\/team\/runtime:5/,
      output: 'ARG BASE=registry.example.com/team/runtime:5\nFROM ${BASE}\nCOPY app /app\nUSER 10001:10001\n',
    },
    {
      name: 'lower-case instructions and a stage with no instructions',
      code: 'from alpine:3.20 as base\nuser root\nfrom base\n',
      lines: [3],
      message: /inherits `USER root` from stage `base` \(line 2\)/,
      output: 'from alpine:3.20 as base\nuser root\nfrom base\nrun addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app -s /sbin/nologin app\nuser 10001:10001\n',
    },
    {
      name: 'unreferenced middle stage is a --target and is judged too',
      code: 'FROM python:3.13 AS dev\nRUN pip install debugpy\n\nFROM python:3.13-slim\nUSER 10001\n',
      lines: [1],
      output: `FROM python:3.13 AS dev\nRUN pip install debugpy\n${SHADOW_USER}\nFROM python:3.13-slim\nUSER 10001\n`,
    },
  ],
});
