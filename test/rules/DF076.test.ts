import { rule } from '../../server/src/rules/dockerfile/DF076-unpinned-packages';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'pinned everywhere', code: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 && pip install flask==3.0.0 && npm install -g pm2@5.3.0 && gem install rake:13.0 && go install golang.org/x/tools/gopls@v0.16.0\n' },
    { name: '$VAR package lists and local files are not judged', code: 'FROM debian:12\nARG PKGS="curl git"\nRUN apt-get install -y $PKGS ${EXTRA} ./local.deb && pip install -r requirements.txt && npm install && npm ci\n' },
    { name: 'apk pinned and --virtual name', code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0\n' },
  ],
  invalid: [
    {
      name: 'apt-get with -yqq and -t release',
      code: 'FROM debian:12\nRUN apt-get install -yqq -t bookworm-backports curl\n',
      lines: [2],
      message: /`apt-get install curl`.*curl=<version>/,
      output: null,
    },
    {
      name: 'multi-stage and heredoc: pip, npm scoped, go @latest, apk',
      code: 'FROM python:3.13 AS build\nRUN pip install --no-cache-dir flask "requests>=2"\nFROM node:22\nRUN <<EOF\nnpm install -g @angular/cli\ngo install example.com/tool@latest\nEOF\nFROM alpine:3.20\nRUN apk add --no-cache curl\n',
      lines: [2, 5, 6, 9],
      output: null,
    },
  ],
});
