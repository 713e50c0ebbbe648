import { rule } from '../../server/src/rules/dockerfile/DF033-tls-disabled-env';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'safe values', code: 'FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 NPM_CONFIG_STRICT_SSL=true PYTHONHTTPSVERIFY=1\nENV REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt GODEBUG=http2client=0\n' },
    { name: 'heredoc body is not an ENV', code: 'FROM python:3.13\nRUN <<EOF\nexport PYTHONHTTPSVERIFY=0\nEOF\n' },
  ],
  invalid: [
    {
      name: 'one key of a multi-key ENV',
      code: 'FROM node:22\nENV NODE_ENV=production NODE_TLS_REJECT_UNAUTHORIZED=0 PORT=8080\n',
      lines: [2],
      message: /NODE_TLS_REJECT_UNAUTHORIZED=0/,
      output: 'FROM node:22\nENV NODE_ENV=production PORT=8080\n',
    },
    {
      name: 'alone: the whole line goes; multi-stage',
      code: 'FROM python:3.13 AS build\nENV PIP_TRUSTED_HOST=pypi.internal\nRUN pip install -r requirements.txt\n\nFROM python:3.13-slim\nCOPY --from=build /usr/local /usr/local\n',
      lines: [2],
      output: 'FROM python:3.13 AS build\nRUN pip install -r requirements.txt\n\nFROM python:3.13-slim\nCOPY --from=build /usr/local /usr/local\n',
    },
    {
      name: 'last key on a continuation line',
      code: 'FROM alpine:3.20\nENV LANG=C.UTF-8 \\\n    GIT_SSL_NO_VERIFY=1\nRUN git clone https://example.com/r.git\n',
      lines: [3],
      output: 'FROM alpine:3.20\nENV LANG=C.UTF-8\nRUN git clone https://example.com/r.git\n',
    },
    {
      name: 'middle key on its own continuation line; heredoc after',
      code: 'FROM python:3.13\nENV A=1 \\\n    CURL_CA_BUNDLE="" \\\n    B=2\nRUN <<EOF\npip install x\nEOF\n',
      lines: [3],
      output: 'FROM python:3.13\nENV A=1 \\\n    B=2\nRUN <<EOF\npip install x\nEOF\n',
    },
    {
      name: 'legacy form, ARG, lower-case npm_config, ONBUILD',
      code: 'FROM node:22\nENV PYTHONHTTPSVERIFY 0\nARG npm_config_strict_ssl=false\nONBUILD ENV GIT_SSL_CAINFO=/dev/null\n',
      lines: [2, 3, 4],
      output: 'FROM node:22\nARG npm_config_strict_ssl=false\nONBUILD ENV GIT_SSL_CAINFO=/dev/null\n',
    },
    {
      name: 'escape directive: a backtick continuation is removed with the key',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV A=1 `\n    NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN echo done\n',
      lines: [4],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV A=1\nRUN echo done\n',
    },
    {
      name: 'GODEBUG with other settings: no fix',
      code: 'FROM golang:1.23\nENV GODEBUG=x509sha1=1,http2client=0\n',
      lines: [2],
      output: null,
    },
  ],
});
