import { rule } from '../../server/src/rules/dockerfile/DF032-secret-file-copied';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'ordinary files, public keys, templates', code: 'FROM alpine:3.20\nCOPY package.json .env.example id_rsa.pub ca.pem /app/\nCOPY nginx_signing.key /etc/apt/keyrings/\n' },
    { name: 'build stage may use .npmrc', code: 'FROM node:22 AS build\nCOPY .npmrc package.json ./\nRUN npm ci\n\nFROM node:22-slim\nCOPY --from=build /app/dist /app\n' },
    { name: 'heredoc COPY named like a secret', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nsee .env\nEOF\n' },
  ],
  invalid: [
    {
      name: 'a .env file',
      code: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json .env ./\n',
      lines: [3],
      message: /`\.env` \(an environment file\)/,
      output: null,
    },
    {
      name: 'multi-stage: SSH key in the final stage, JSON form, lower case',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM debian:12\ncopy ["id_rsa", "/root/.ssh/"]\nADD certs/server.key /etc/ssl/private/\nCOPY --from=build /app /app\n',
      lines: [5, 6],
      output: null,
    },
    {
      name: 'aws and docker credentials by destination',
      code: 'FROM alpine:3.20\nCOPY aws /root/.aws\nCOPY auth.json /root/.docker/config.json\n',
      lines: [2, 3],
      output: null,
    },
  ],
});
