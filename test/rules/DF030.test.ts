import { rule } from '../../server/src/rules/dockerfile/DF030-secret-arg-env';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'names that describe a secret', code: 'FROM alpine:3.20\nARG AWS_ACCESS_KEY_ID\nENV PUBLIC_KEY=abc123 TOKEN_URL=https://auth.example.com/token PASSWORD_FILE=/run/secrets/db\n' },
    { name: 'GPG key fingerprints of the official images', code: 'FROM debian:12\nENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305\n' },
    { name: 'empty and placeholder ENV values', code: 'FROM alpine:3.20\nENV API_TOKEN="" DB_PASSWORD=changeme\n' },
    { name: 'ARG switch or path', code: 'FROM alpine:3.20\nARG SKIP_AUTH=false\nARG TLS_KEY=/run/secrets/tls.key\n' },
    { name: 'heredoc body mentioning a token', code: 'FROM alpine:3.20\nRUN <<EOF\nexport GITHUB_TOKEN=abc\nEOF\n' },
    { name: 'secret mount already', code: 'FROM node:22\nRUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN npm ci\n' },
  ],
  invalid: [
    {
      name: 'ARG read by later RUNs becomes a secret mount',
      code: 'FROM node:22 AS build\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\nRUN npm run build\n\nFROM node:22-slim\nCOPY --from=build /app /app\n',
      lines: [2],
      message: /ARG `NPM_TOKEN`/,
      output: 'FROM node:22 AS build\nRUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\nRUN npm run build\n\nFROM node:22-slim\nCOPY --from=build /app /app\n',
    },
    {
      name: 'heredoc RUN',
      code: 'FROM python:3.13\nARG GITHUB_TOKEN\nRUN <<EOF\npip install git+https://$GITHUB_TOKEN@github.com/org/lib.git\nEOF\n',
      lines: [2],
      output: 'FROM python:3.13\nRUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN <<EOF\npip install git+https://$GITHUB_TOKEN@github.com/org/lib.git\nEOF\n',
    },
    {
      name: 'ARG copied into ENV: no fix, both flagged',
      code: 'FROM alpine:3.20\nARG API_KEY\nENV API_KEY=$API_KEY\n',
      lines: [2, 3],
      output: null,
    },
    {
      name: 'literal ENV secret, lower-case instruction, ONBUILD and global ARG',
      code: 'ARG REGISTRY_PASSWORD\nFROM alpine:3.20\nenv DB_PASSWORD=s3cr3t-value\nONBUILD ENV CLIENT_SECRET=abc123def\n',
      lines: [1, 3, 4],
      output: null,
    },
    {
      name: 'ARG with a literal or placeholder default keeps it: no fix',
      code: 'FROM alpine:3.20\nARG SECRET_KEY=dev-insecure-key\nARG GITHUB_TOKEN=changeme\nRUN echo $SECRET_KEY $GITHUB_TOKEN\n',
      lines: [2, 3],
      output: null,
    },
  ],
});
