import { rule } from '../../server/src/rules/dockerfile/DF005-untrusted-registry';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'Docker Hub official image', code: 'FROM python:3.13-slim\n' },
    { name: 'docker.io/library prefix', code: 'FROM docker.io/library/node:22\n' },
    { name: 'distroless and Microsoft images', code: 'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN <<EOF\ndotnet publish -o /out\nEOF\nFROM gcr.io/distroless/base-debian13:nonroot\nCOPY --from=build /out /app\n' },
    { name: 'FROM an earlier stage', code: 'FROM alpine:3.22 AS base\nFROM base\n' },
  ],
  invalid: [
    { name: 'Docker Hub user image', code: 'FROM someuser/toolbox:1.0\n', lines: [1], message: /`someuser\/toolbox:1.0` is neither/, output: null },
    { name: 'other registry via an ARG', code: 'ARG REGISTRY=ghcr.io/acme\nFROM ${REGISTRY}/base:2\n', lines: [2], message: /ghcr\.io\/acme\/base:2/, output: null },
    {
      name: 'multi-stage with a heredoc',
      code: 'FROM quay.io/acme/builder:1 AS build\nRUN <<EOF\nmake\nEOF\nFROM alpine:3.22\nCOPY --from=build /out /out\n',
      lines: [1],
      output: null,
    },
  ],
});
