import { rule } from '../../server/src/rules/dockerfile/DF060-context-secrets-not-ignored';
import { ruleTester } from '../helpers/ruleTester';

const FULL = '.git\n.env\n.env.*\n!.env.example\n*.pem\n*.key\nid_rsa*\n.npmrc\n.pypirc\n.git-credentials\n.aws/\n.docker/config.json\nkubeconfig\nnode_modules\n';
const NODE = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';

ruleTester(rule, {
  valid: [
    { name: 'the build context is unknown (no file system)', code: NODE },
    { name: 'a .dockerignore that excludes every usual secret', code: NODE, dockerignore: FULL },
    { name: 'allow-list .dockerignore', code: NODE, dockerignore: '*\n!package*.json\n!src\n' },
    { name: 'named files only', code: 'FROM node:22-slim\nCOPY package.json src/ ./\n', dockerignore: null },
    {
      name: 'multi-stage: the context goes into a build stage only',
      code: 'FROM node:22 AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\n\nFROM nginx:1.27\nCOPY --from=build /src/dist /usr/share/nginx/html\nCOPY --from=build . /srv/\n',
      dockerignore: null,
    },
    { name: 'heredoc COPY to `.`', code: 'FROM alpine:3.20\nWORKDIR /app\nCOPY <<EOF .\nCOPY . .\nEOF\n', dockerignore: null },
    { name: 'ONBUILD runs in the child build\'s context', code: 'FROM node:22-slim\nONBUILD COPY . /app\n', dockerignore: null },
  ],
  invalid: [
    {
      name: 'no .dockerignore at all',
      code: NODE,
      dockerignore: null,
      lines: [3],
      message: /^There is no \.dockerignore for this build context, so `COPY \.` puts every file in it into the image.*`\.git`, `\.env`, `\.env\.\*`, `\*\.pem`/,
      output: null,
    },
    {
      name: 'a .dockerignore that names some of them: the rest are listed',
      code: 'FROM python:3.12-slim\nCOPY --chown=10001:10001 ["./", "/app"]\n',
      dockerignore: '# build output\n__pycache__\n.git/\n.env\n**/*.pem\n',
      lines: [2],
      message: /^The \.dockerignore does not exclude `\.env\.\*`, `\*\.key`, `id_rsa\*`, `\.npmrc`, `\.pypirc`, `\.git-credentials`, `\.aws`, `\.docker\/config\.json`, `kubeconfig`, so `COPY \.\/` puts/,
      output: null,
    },
    {
      name: 'one missing line; `COPY *` and ADD count too',
      code: 'FROM golang:1.23\nCOPY * ./\nADD . /go/src/app\n',
      dockerignore: FULL.replace('kubeconfig\n', ''),
      lines: [2, 3],
      message: /does not exclude `kubeconfig`.*Add that line to \.dockerignore\./,
      output: null,
    },
    {
      name: 'multi-stage: a stage the final image is built FROM',
      code: 'FROM python:3.12 AS base\nWORKDIR /app\nCOPY . .\n\nFROM base AS test\nRUN pytest\n\nFROM base\nCMD ["python", "app.py"]\n',
      dockerignore: null,
      lines: [3],
      output: null,
    },
    {
      name: 'heredoc before the whole-context copy',
      code: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\ncopy / /srv/\n',
      dockerignore: '.git\n',
      lines: [5],
      message: /`COPY \/` puts/,
      output: null,
    },
  ],
});
