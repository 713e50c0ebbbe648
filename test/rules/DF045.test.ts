import { rule } from '../../server/src/rules/dockerfile/DF045-shell-form-entrypoint';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'exec form', code: 'FROM node:22\nENTRYPOINT ["node", "server.js"]\n' },
    { name: 'build stage is not judged', code: 'FROM golang:1.23 AS build\nENTRYPOINT go run .\n\nFROM alpine:3.20\nCOPY --from=build /go/bin/app /app\nENTRYPOINT ["/app"]\n' },
    { name: 'SHELL chosen explicitly', code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT ./start.sh\n' },
    { name: 'Windows image', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENTRYPOINT powershell -File C:\\\\start.ps1\n' },
    { name: 'heredoc RUN before an exec-form ENTRYPOINT', code: 'FROM alpine:3.20\nRUN <<EOF\nENTRYPOINT x\nEOF\nENTRYPOINT ["/bin/app"]\n' },
  ],
  invalid: [
    {
      name: 'plain command becomes exec form',
      code: 'FROM python:3.13-slim\nENTRYPOINT exec python -m app --port 8080\n',
      lines: [2],
      output: 'FROM python:3.13-slim\nENTRYPOINT ["python", "-m", "app", "--port", "8080"]\n',
    },
    {
      name: 'multi-stage final stage, quoted word',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\nentrypoint /app --name "my service"\n',
      lines: [6],
      output: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\nentrypoint ["/app", "--name", "my service"]\n',
    },
    {
      name: 'shell syntax: no fix',
      code: 'FROM alpine:3.20\nENTRYPOINT /app --port $PORT\n',
      lines: [2],
      output: null,
    },
    {
      name: 'a CMD in the stage would become arguments: no fix; heredoc RUN before',
      code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF\nENTRYPOINT /app\nCMD ["--help"]\n',
      lines: [5],
      output: null,
    },
  ],
});
