import { rule } from '../../server/src/rules/dockerfile/DF034-add-local-files';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'URL, git and archive sources need ADD', code: 'FROM alpine:3.20\nADD https://example.com/a.txt /a\nADD https://github.com/moby/buildkit.git#v0.16.0 /src\nADD rootfs.tar.xz /\nADD dist/*.tgz /opt/\n' },
    { name: 'unresolvable variable source', code: 'FROM alpine:3.20\nARG SRC\nADD ${SRC} /opt/\n' },
    { name: 'COPY is fine', code: 'FROM alpine:3.20\nCOPY app /app\n' },
  ],
  invalid: [
    {
      name: 'local files',
      code: 'FROM alpine:3.20\nADD --chown=1000:1000 app.py requirements.txt /app/\n',
      lines: [2],
      output: 'FROM alpine:3.20\nCOPY --chown=1000:1000 app.py requirements.txt /app/\n',
    },
    {
      name: 'multi-stage, lower case and ONBUILD',
      code: 'FROM golang:1.23 AS build\nadd . /src\n\nFROM alpine:3.20\nONBUILD ADD config.yml /etc/app/\n',
      lines: [2, 5],
      output: 'FROM golang:1.23 AS build\ncopy . /src\n\nFROM alpine:3.20\nONBUILD ADD config.yml /etc/app/\n',
    },
    {
      name: 'heredoc ADD and a JSON form with an ARG-resolved source',
      code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\nARG CONF=app.conf\nADD ["${CONF}", "/etc/"]\n',
      lines: [2, 6],
      output: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\nARG CONF=app.conf\nADD ["${CONF}", "/etc/"]\n',
    },
  ],
});
