import { rule } from '../../server/src/rules/dockerfile/DF079-package-cache';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'yarn --version only prints', code: 'FROM node:22-bookworm-slim\nRUN yarn --version\n' },
    { name: 'pip --no-cache is short for --no-cache-dir', code: 'FROM python:3.13-slim\nRUN pip install --no-cache flask\n' },
    { name: 'apt lists removed', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' },
    { name: 'apk --no-cache, pip --no-cache-dir, dnf clean all', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl && pip install --no-cache-dir x\nFROM fedora:41\nRUN dnf install -y x && dnf clean all\n' },
    { name: 'cache mounts', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\nRUN --mount=type=cache,target=/root/.cache/pip pip install x\n' },
    { name: 'build stages are not judged', code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\nCOPY --from=build /x /x\n' },
    { name: 'apt-get dist-clean; apk --no-network', code: 'FROM debian:13\nRUN apt-get update; apt-get install -y --no-install-recommends ca-certificates; apt-get dist-clean\nFROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1\n' },
    { name: 'PIP_NO_CACHE_DIR in the stage', code: 'FROM python:3.13\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n' },
  ],
  invalid: [
    {
      name: 'apt-get without removing lists',
      code: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n',
      lines: [3],
      output: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'multi-stage: apk add in the final stage',
      code: 'FROM golang:1.23 AS build\nRUN apk add git\nFROM alpine:3.20\nCOPY --from=build /go/bin/app /app\nRUN apk add ca-certificates\n',
      lines: [5],
      output: 'FROM golang:1.23 AS build\nRUN apk add git\nFROM alpine:3.20\nCOPY --from=build /go/bin/app /app\nRUN apk add --no-cache ca-certificates\n',
    },
    {
      name: 'heredoc: pip and yum; the clean-up goes on a last line of the script',
      code: 'FROM rockylinux:9\nRUN <<EOF\nyum install -y python3\npip3 install flask\nEOF\n',
      lines: [3, 4],
      output: 'FROM rockylinux:9\nRUN <<EOF\nyum install -y python3\npip3 install flask\nyum clean all\nEOF\n',
    },
    {
      name: 'heredoc with <<- keeps the tab indentation; heredoc fed to cat is data',
      code: 'FROM debian:12\nRUN <<-EOT\n\tapt-get update\n\tapt-get install -y curl\n\tEOT\nRUN <<EOF cat > /x.sh && sh /x.sh\napt-get install -y y\nEOF\n',
      lines: [4],
      output: 'FROM debian:12\nRUN <<-EOT\n\tapt-get update\n\tapt-get install -y curl\n\trm -rf /var/lib/apt/lists/*\n\tEOT\nRUN <<EOF cat > /x.sh && sh /x.sh\napt-get install -y y\nEOF\n',
    },
    {
      name: 'two heredocs in one RUN: no fix',
      code: 'FROM debian:12\nRUN <<A sh && <<B sh\napt-get update\nA\napt-get install -y curl\nB\n',
      lines: [5],
      output: null,
    },
    {
      name: 'compound ending: append after fi',
      code: 'FROM fedora:41\nRUN if true; then dnf install -y x; fi\n',
      lines: [2],
      output: 'FROM fedora:41\nRUN if true; then dnf install -y x; fi && dnf clean all\n',
    },
    {
      name: 'yarn install and zypper',
      code: 'FROM node:22\nRUN yarn install --frozen-lockfile\nFROM opensuse/leap:15\nRUN zypper -n install curl\n',
      lines: [2, 4],
      output: 'FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\nFROM opensuse/leap:15\nRUN zypper -n install curl\n',
    },
  ],
});
