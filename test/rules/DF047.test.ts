import { rule } from '../../server/src/rules/dockerfile/DF047-sshd-started';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'an application', code: 'FROM node:22\nCMD ["node", "sshd-config-parser.js"]\n' },
    { name: 'build stage', code: 'FROM debian:12 AS build\nCMD ["/usr/sbin/sshd", "-D"]\n\nFROM debian:12\nCOPY --from=build /etc/ssh /etc/ssh\nCMD ["bash"]\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /start.sh\nsshd -D\nEOF\nCMD ["/start.sh"]\n' },
  ],
  invalid: [
    { name: 'exec form', code: 'FROM debian:12\nRUN apt-get install -y openssh-server\nCMD ["/usr/sbin/sshd", "-D"]\n', lines: [3], output: null },
    { name: 'multi-stage: shell form via service, in the stage the final one builds on', code: 'FROM ubuntu:24.04 AS base\nENTRYPOINT service ssh start && tail -f /dev/null\n\nFROM base\nRUN true\n', lines: [2], output: null },
  ],
});
