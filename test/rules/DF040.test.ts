import { rule } from '../../server/src/rules/dockerfile/DF040-expose-host-mapping';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'container ports only', code: 'FROM alpine:3.20\nEXPOSE 80 443/tcp 53/udp\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nEXPOSE 127.0.0.1:80:80\nEOF\n' },
  ],
  invalid: [
    {
      name: 'IP and host port',
      code: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80/tcp\n',
      lines: [2],
      output: 'FROM nginx:1.27\nEXPOSE 80/tcp\n',
    },
    {
      name: 'multi-stage: host port only, among others',
      code: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20\nEXPOSE 443 8080:80\n',
      lines: [4],
      output: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20\nEXPOSE 443 80\n',
    },
    {
      name: 'mapping from a variable: no fix',
      code: 'FROM alpine:3.20\nARG BIND=0.0.0.0:80:80\nEXPOSE $BIND\n',
      lines: [3],
      output: null,
    },
  ],
});
