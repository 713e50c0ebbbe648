import { rule } from '../../server/src/rules/dockerfile/DF008-user-by-name';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'numeric UID:GID', code: 'FROM debian:13\nUSER 10001:10001\n' },
    { name: 'numeric UID, named group', code: 'FROM debian:13\nUSER 10001:app\n' },
    { name: 'USER from an ARG is not judged', code: 'FROM alpine:3.22\nARG APP_USER=app\nUSER ${APP_USER}\n' },
    { name: 'root is DF001', code: 'FROM alpine:3.22\nUSER root\n' },
    { name: 'multi-stage with a heredoc: a named USER in a build stage only', code: 'FROM node:22 AS build\nUSER node\nRUN <<EOF\nnpm ci\nEOF\nFROM gcr.io/distroless/nodejs22-debian13\nCOPY --from=build /app /app\nUSER 65532:65532\n' },
    { name: 'Windows images are out of scope', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n' },
  ],
  invalid: [
    {
      name: 'useradd with -u and a groupadd -g',
      code: 'FROM debian:13\nRUN groupadd -g 2000 app && useradd -u 2000 -g app -m app\nUSER app\nCMD ["app"]\n',
      lines: [3],
      message: /Use its numeric id `2000:2000`/,
      output: 'FROM debian:13\nRUN groupadd -g 2000 app && useradd -u 2000 -g app -m app\nUSER 2000:2000\nCMD ["app"]\n',
    },
    {
      name: 'heredoc RUN with busybox adduser; group unknown keeps the name',
      code: 'FROM alpine:3.22\nRUN <<EOF\naddgroup -S app\nadduser -S -D -u 1001 -G app app\nEOF\nUSER app:app\n',
      lines: [6],
      output: 'FROM alpine:3.22\nRUN <<EOF\naddgroup -S app\nadduser -S -D -u 1001 -G app app\nEOF\nUSER 1001:app\n',
    },
    {
      name: 'Debian adduser long options and continuation lines',
      code: 'FROM ubuntu:24.04\nRUN adduser --system --uid 999 \\\n    --gid 999 svc\nUSER svc\n',
      lines: [4],
      output: 'FROM ubuntu:24.04\nRUN adduser --system --uid 999 \\\n    --gid 999 svc\nUSER 999:999\n',
    },
    {
      name: 'multi-stage: the node user of the node image, inherited by the final stage',
      code: 'FROM node:22-slim AS base\nUSER node\nFROM base\nCMD ["node", "a.js"]\n',
      lines: [2],
      output: 'FROM node:22-slim AS base\nUSER 1000:1000\nFROM base\nCMD ["node", "a.js"]\n',
    },
    {
      name: 'distroless nonroot:nonroot',
      code: 'FROM gcr.io/distroless/static-debian13\nCOPY app /app\nUSER nonroot:nonroot\n',
      lines: [3],
      output: 'FROM gcr.io/distroless/static-debian13\nCOPY app /app\nUSER 65532:65532\n',
    },
    {
      name: 'distroless nonroot, no group',
      code: 'from gcr.io/distroless/static-debian13\nuser nonroot\n',
      lines: [2],
      output: 'from gcr.io/distroless/static-debian13\nuser 65532:65532\n',
    },
    { name: 'unknown UID: no fix', code: 'FROM debian:13\nRUN useradd -r app\nUSER app\n', lines: [3], message: /Use the numeric UID:GID/, output: null },
    { name: 'user created in another stage does not count', code: 'FROM debian:13 AS build\nRUN useradd -u 5000 app\nFROM debian:13\nUSER app\n', lines: [4], output: null },
  ],
});
