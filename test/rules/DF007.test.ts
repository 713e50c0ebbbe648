import { rule } from '../../server/src/rules/dockerfile/DF007-not-distroless';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'multi-stage with a heredoc: runtime already distroless',
      code: 'FROM node:22 AS build\nWORKDIR /app\nRUN <<EOF\nnpm ci\nnpm run build\nEOF\nFROM gcr.io/distroless/nodejs22-debian13:nonroot\nCOPY --from=build /app /app\nCMD ["/app/server.js"]\n',
    },
    { name: 'Alpine runtime images are already minimal', code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n' },
    { name: 'plain OS images are not judged', code: 'FROM debian:13\nRUN apt-get update\n' },
    { name: 'a build stage only', code: 'FROM python:3.13 AS build\nRUN pip wheel -w /wheels .\nFROM scratch\nCOPY --from=build /wheels /wheels\n' },
  ],
  invalid: [
    {
      name: 'Node.js: ENV and EXPOSE carried, USER and start command rewritten',
      code: 'FROM node:22-bookworm\nWORKDIR /app\nENV NODE_ENV=production\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nEXPOSE 3000\nUSER node\nCMD ["node", "server.js"]\n',
      lines: [1],
      message: /runs on `node:22-bookworm`.*Run it on `gcr\.io\/distroless\/nodejs22-debian13:nonroot`/,
      output: 'FROM node:22-bookworm AS build\nWORKDIR /app\nENV NODE_ENV=production\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nEXPOSE 3000\nUSER node\nCMD ["node", "server.js"]\n\nFROM gcr.io/distroless/nodejs22-debian13:nonroot\nENV NODE_ENV=production\nEXPOSE 3000\nWORKDIR /app\nCOPY --from=build /app /app\nUSER 65532:65532\nENTRYPOINT ["/nodejs/bin/node"]\nCMD ["server.js"]\n',
    },
    {
      name: 'Python 3.13 with a heredoc RUN: site-packages copied too',
      code: 'FROM python:3.13-slim\nWORKDIR /srv\nCOPY requirements.txt .\nRUN <<EOF\npip install --no-cache-dir -r requirements.txt\nEOF\nCOPY app.py .\nCMD ["python", "app.py"]',
      lines: [1],
      output: 'FROM python:3.13-slim AS build\nWORKDIR /srv\nCOPY requirements.txt .\nRUN <<EOF\npip install --no-cache-dir -r requirements.txt\nEOF\nCOPY app.py .\nCMD ["python", "app.py"]\n\nFROM gcr.io/distroless/python3-debian13:nonroot\nWORKDIR /srv\nCOPY --from=build /srv /srv\nCOPY --from=build /usr/local/lib/python3.13/site-packages /usr/local/lib/python3.13/site-packages\nENV PYTHONPATH=/usr/local/lib/python3.13/site-packages\nUSER 65532:65532\nENTRYPOINT ["/usr/bin/python3"]\nCMD ["app.py"]\n',
    },
    {
      name: 'Java: ENTRYPOINT kept as the entrypoint, a file outside WORKDIR copied',
      code: 'FROM eclipse-temurin:21-jre\nWORKDIR /opt/app\nCOPY target/app.jar app.jar\nCOPY config.yaml /etc/app/config.yaml\nENTRYPOINT ["java", "-jar", "app.jar"]\n',
      lines: [1],
      output: 'FROM eclipse-temurin:21-jre AS build\nWORKDIR /opt/app\nCOPY target/app.jar app.jar\nCOPY config.yaml /etc/app/config.yaml\nENTRYPOINT ["java", "-jar", "app.jar"]\n\nFROM gcr.io/distroless/java21-debian13:nonroot\nWORKDIR /opt/app\nCOPY --from=build /opt/app /opt/app\nCOPY --from=build /etc/app/config.yaml /etc/app/config.yaml\nUSER 65532:65532\nENTRYPOINT ["/usr/bin/java", "-jar", "app.jar"]\n',
    },
    {
      name: 'multi-stage: Go with CGO disabled, shell-form CMD of plain words, stage FROM an earlier stage',
      code: 'FROM golang:1.26 AS base\nWORKDIR /src\nENV CGO_ENABLED=0\n\nFROM base\nCOPY . .\nRUN go build -o server .\nCMD ./server\n',
      lines: [5],
      output: 'FROM golang:1.26 AS base\nWORKDIR /src\nENV CGO_ENABLED=0\n\nFROM base AS build\nCOPY . .\nRUN go build -o server .\nCMD ./server\n\nFROM gcr.io/distroless/static-debian13:nonroot\nENV CGO_ENABLED=0\nWORKDIR /src\nCOPY --from=build /src /src\nUSER 65532:65532\nCMD ["./server"]\n',
    },
    {
      name: 'lower-case file, the name build already taken',
      code: 'from node:24 as build\nrun echo hi\nfrom node:24-slim\nworkdir /app\ncopy --from=build /x /app/x\ncmd ["node", "x/index.js"]\n',
      lines: [3],
      output: 'from node:24 as build\nrun echo hi\nfrom node:24-slim as build-2\nworkdir /app\ncopy --from=build /x /app/x\ncmd ["node", "x/index.js"]\n\nfrom gcr.io/distroless/nodejs24-debian13:nonroot\nworkdir /app\ncopy --from=build-2 /app /app\nuser 65532:65532\nentrypoint ["/nodejs/bin/node"]\ncmd ["x/index.js"]\n',
    },
    { name: 'no fix: Node.js major without a distroless image', code: 'FROM node:20\nWORKDIR /app\nCMD ["node", "a.js"]\n', lines: [1], message: /No automatic fix: distroless ships Node\.js 22 and 24 only/, output: null },
    { name: 'no fix: start command needs a shell', code: 'FROM node:22\nWORKDIR /app\nCMD node a.js && echo done\n', lines: [1], message: /needs a shell/, output: null },
    { name: 'no fix: npm start', code: 'FROM node:22\nWORKDIR /app\nCMD ["npm", "start"]\n', lines: [1], message: /runs `npm`, which distroless does not have/, output: null },
    { name: 'no fix: HEALTHCHECK with a command', code: 'FROM python:3.13\nWORKDIR /app\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCMD ["python", "app.py"]\n', lines: [1], message: /HEALTHCHECK/, output: null },
    { name: 'no fix: not the last stage', code: 'FROM python:3.13 AS dev\nCMD ["python", "-m", "pytest"]\nFROM gcr.io/distroless/python3-debian13:nonroot\nCOPY app.py /app.py\nCMD ["/app.py"]\n', lines: [1], message: /not the last stage/, output: null },
    { name: 'no fix: no WORKDIR', code: 'FROM eclipse-temurin:25-jre\nCOPY app.jar app.jar\nCMD ["java", "-jar", "app.jar"]\n', lines: [1], message: /no WORKDIR/, output: null },
  ],
});
