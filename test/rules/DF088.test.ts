import { rule } from '../../server/src/rules/dockerfile/DF088-build-toolchain-in-final-stage';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'single-stage builds are not judged', code: 'FROM debian:12\nRUN apt-get install -y gcc make\n' },
    { name: 'toolchain in the build stage only', code: 'FROM debian:12 AS build\nRUN apt-get install -y build-essential git\nFROM debian:12-slim\nCOPY --from=build /out /app\n' },
    { name: 'apk virtual group removed again', code: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20\nCOPY --from=a /x /x\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps\n' },
    { name: 'apt-mark auto + purge --auto-remove', code: 'FROM debian:12 AS a\nRUN true\nFROM debian:12\nCOPY --from=a /x /x\nRUN apt-get install -y gcc libssl-dev && make && apt-mark auto \'.*\' && apt-get purge -y --auto-remove\n' },
    { name: 'a final stage built on an SDK image ships tools on purpose', code: 'FROM golang:1.23 AS b\nRUN true\nFROM buildpack-deps:bookworm-scm\nCOPY --from=b /usr/local/go /usr/local/go\nRUN apt-get install -y gcc make\n' },
    { name: 'a dev-envs target stage', code: 'FROM node:22 AS build\nRUN npm ci\nFROM build AS dev-envs\nRUN apt-get install -y git\n' },
    { name: '$VAR package lists', code: 'FROM debian:12 AS a\nRUN true\nFROM debian:12\nCOPY --from=a /x /x\nRUN apt-get install -y $BUILD_DEPS\n' },
  ],
  invalid: [
    {
      name: 'multi-stage: gcc and -dev packages in the runtime stage',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM debian:12-slim\nCOPY --from=build /app /app\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates gcc libpq-dev\n',
      lines: [5],
      message: /`gcc`, `libpq-dev`/,
      output: null,
    },
    {
      name: 'heredoc; a removed package is fine, the other is not',
      code: 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app /app\nRUN <<EOF\napt-get install -y git make\napt-get purge -y make\nEOF\n',
      lines: [6],
      message: /`git`\)/,
      output: null,
    },
  ],
});
