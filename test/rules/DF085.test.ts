import { rule } from '../../server/src/rules/dockerfile/DF085-run-cd';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'WORKDIR', code: 'FROM node:22\nWORKDIR /app\nRUN npm ci\n' },
    { name: 'cd later in the RUN or into a relative dir', code: 'FROM debian:12\nRUN git clone https://x/r.git && cd r && make\nRUN cd build && make\n' },
  ],
  invalid: [
    { name: 'RUN cd /app && …', code: 'FROM node:22\nRUN cd /app && npm ci\n', lines: [2], message: /WORKDIR \/app/, output: null },
    {
      name: 'multi-stage and heredoc',
      code: 'FROM golang:1.23 AS b\nRUN cd /src; go build ./...\nFROM debian:12\nRUN <<EOF\ncd /opt\n./install.sh\nEOF\n',
      lines: [2, 5],
      output: null,
    },
  ],
});
