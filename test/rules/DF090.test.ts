import { rule } from '../../server/src/rules/dockerfile/DF090-literal-credentials';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'secrets from variables and secret mounts', code: 'FROM debian:12\nRUN --mount=type=secret,id=tok curl -u "$USER:$PASS" -H "Authorization: Bearer $(cat /run/secrets/tok)" https://x\n' },
    { name: 'ssh clone URL and user-only https URL', code: 'FROM debian:12\nRUN git clone git@github.com:o/r.git && git clone https://user@example.com/r.git\n' },
    { name: 'npm token from an ARG', code: 'FROM node:22\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc\n' },
    { name: '--password-stdin', code: 'FROM docker:27\nRUN cat /run/secrets/p | docker login --password-stdin -u me registry.example.com\n' },
  ],
  invalid: [
    { name: 'curl -u user:pass', code: 'FROM debian:12\nRUN curl -fsSL -u admin:s3cret https://x/a -o a\n', lines: [2], message: /curl -u user:password/, output: null },
    {
      name: 'multi-stage: URL password, token URL, Authorization header',
      code: 'FROM alpine:3.20 AS a\nRUN git clone https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/o/r.git\nFROM debian:12\nRUN pip install --index-url https://me:hunter2@pypi.example.com/simple x && wget --header="Authorization: Bearer abc123" https://x\n',
      lines: [2, 4, 4],
      output: null,
    },
    {
      name: 'heredoc: npm _authToken and --password=',
      code: 'FROM node:22\nRUN <<EOF\necho "//registry.npmjs.org/:_authToken=npm_abc123" > ~/.npmrc\nmysql --password=rootpw -e "select 1"\nEOF\n',
      lines: [3, 4],
      output: null,
    },
  ],
});
