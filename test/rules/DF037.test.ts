import { rule } from '../../server/src/rules/dockerfile/DF037-expose-ssh';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'other ports, 22/udp, a range', code: 'FROM alpine:3.20\nEXPOSE 80 443/tcp 22/udp 20-25\n' },
    { name: 'heredoc mentioning EXPOSE 22', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/notes\nEXPOSE 22\nEOF\n' },
    { name: 'unresolvable variable', code: 'FROM alpine:3.20\nEXPOSE $SSH_PORT\n' },
  ],
  invalid: [
    {
      name: 'only port: the line goes',
      code: 'FROM debian:12\nRUN apt-get update\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n',
      lines: [3],
      output: 'FROM debian:12\nRUN apt-get update\nCMD ["/usr/sbin/sshd", "-D"]\n',
    },
    {
      name: 'multi-stage, among others, 22/tcp and ARG-resolved',
      code: 'FROM alpine:3.20 AS build\nRUN true\n\nFROM alpine:3.20\nARG SSH=22\nEXPOSE 80 22/tcp 443\nEXPOSE ${SSH}\n',
      lines: [6, 7],
      output: 'FROM alpine:3.20 AS build\nRUN true\n\nFROM alpine:3.20\nARG SSH=22\nEXPOSE 80 443\nEXPOSE ${SSH}\n',
    },
    {
      name: 'last on the line, lower case, no trailing newline',
      code: 'FROM alpine:3.20\nexpose 8080 22',
      lines: [2],
      output: 'FROM alpine:3.20\nexpose 8080',
    },
  ],
});
