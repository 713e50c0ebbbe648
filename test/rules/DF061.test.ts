import { rule } from '../../server/src/rules/dockerfile/DF061-copy-ignored-file';
import { ruleTester } from '../helpers/ruleTester';

const IGNORE = 'node_modules\nsecrets/\n*.pem\nconfig\n';

ruleTester(rule, {
  valid: [
    { name: 'the build context is unknown', code: 'FROM node:22-slim\nCOPY node_modules /app/node_modules\n' },
    { name: 'no .dockerignore', code: 'FROM node:22-slim\nCOPY node_modules /app/node_modules\n', dockerignore: null },
    { name: 'sources the .dockerignore keeps', code: 'FROM node:22-slim\nCOPY package.json src/ ./\nCOPY . .\n', dockerignore: IGNORE },
    { name: 'an exception brings it back', code: 'FROM node:22-slim\nCOPY src ./src\nCOPY package.json ./\n', dockerignore: '*\n!src\n!package.json\n' },
    { name: 'an exception may reach inside the directory', code: 'FROM nginx:1.27\nCOPY docs /usr/share/nginx/html\nCOPY site /srv\n', dockerignore: 'docs\n!docs/**/*.html\nsite\n!site/index.html\n' },
    { name: 'a wildcard source with exceptions about', code: 'FROM alpine:3.20\nCOPY *.pem /certs/\n', dockerignore: '*.pem\n!ca.pem\n' },
    {
      name: 'not from the context: --from, URLs, git, heredocs, ONBUILD',
      code: 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /src/node_modules node_modules\nADD https://example.com/key.pem /etc/\nADD git@github.com:org/config.git /cfg\nCOPY <<config /etc/x\nEOF\nONBUILD COPY config /cfg\n',
      dockerignore: IGNORE,
    },
    { name: 'whole context with a hidden-files pattern', code: 'FROM alpine:3.20\nCOPY . /app\n', dockerignore: '.*\n' },
  ],
  invalid: [
    {
      name: 'a directory the .dockerignore excludes',
      code: 'FROM node:22-slim\nCOPY package.json ./\nCOPY node_modules/ /app/node_modules\n',
      dockerignore: IGNORE,
      lines: [3],
      message: /^`node_modules` is excluded from the build context by the \.dockerignore pattern `node_modules`, so this COPY fails or copies nothing from it\. Remove the pattern, or add `!node_modules` after it\.$/,
      output: null,
    },
    {
      name: 'multi-stage: a build stage counts too, through a parent directory',
      code: 'FROM golang:1.23 AS build\nCOPY secrets/ci/token.txt /tmp/\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\n',
      dockerignore: IGNORE,
      lines: [2],
      message: /`secrets\/ci\/token\.txt` .* pattern `secrets`/,
      output: null,
    },
    {
      name: 'heredoc, ARG-expanded and absolute sources, ADD, JSON form',
      code: 'FROM alpine:3.20\nARG CONF=config\nRUN <<EOF\nset -e\necho hi\nEOF\nCOPY ${CONF}/app.yaml /etc/app/\nADD ["/server.pem", "/certs/"]\n',
      dockerignore: IGNORE,
      lines: [7, 8],
      message: /^`(config\/app\.yaml` .* `config`, so this COPY|server\.pem` .* `\*\.pem`, so this ADD)/,
      output: null,
    },
    {
      name: 'a wildcard the pattern covers whole; with exceptions, a plain file no exception names',
      code: 'FROM alpine:3.20\nCOPY *.pem /certs/\n',
      dockerignore: '*.pem\n',
      lines: [2],
      output: null,
    },
    {
      name: 'allow-list .dockerignore that forgets a file',
      code: 'FROM node:22-slim\nCOPY package.json tsconfig.json ./\nCOPY src ./src\n',
      dockerignore: '*\n!package.json\n!src\n',
      lines: [2],
      message: /`tsconfig\.json` .* pattern `\*`/,
      output: null,
    },
  ],
});
