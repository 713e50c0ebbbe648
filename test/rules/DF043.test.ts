import { rule } from '../../server/src/rules/dockerfile/DF043-healthcheck-none';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a real check', code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n' },
    { name: 'build stage may turn it off', code: 'FROM nginx:1.27 AS build\nHEALTHCHECK NONE\nRUN true\n\nFROM alpine:3.20\nCOPY --from=build /etc/nginx /etc/nginx\n' },
    { name: 'NONE replaced later', code: 'FROM nginx:1.27\nHEALTHCHECK NONE\nHEALTHCHECK CMD curl -f http://localhost/\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nHEALTHCHECK NONE\nEOF\n' },
  ],
  invalid: [
    { name: 'final stage', code: 'FROM nginx:1.27\nhealthcheck none\n', lines: [2], output: null },
    { name: 'multi-stage: inherited from the stage it builds on', code: 'FROM mongo:8 AS base\nHEALTHCHECK NONE\n\nFROM base\nCOPY init.js /docker-entrypoint-initdb.d/\n', lines: [2], output: null },
  ],
});
