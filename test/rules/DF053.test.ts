import { rule } from '../../server/src/rules/dockerfile/DF053-world-writable-chmod';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'safe modes', code: 'FROM alpine:3.20\nCOPY --chmod=755 run.sh /\nCOPY --chmod=0775 a /a\nCOPY --chmod=u+x,g+w b /b\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY --chmod=755 <<EOF /run.sh\nchmod 777 /x\nEOF\n' },
  ],
  invalid: [
    {
      name: 'octal 777',
      code: 'FROM alpine:3.20\nCOPY --chmod=777 app /app\n',
      lines: [2],
      message: /--chmod=777/,
      output: 'FROM alpine:3.20\nCOPY --chmod=775 app /app\n',
    },
    {
      name: 'multi-stage: four digits, ADD, heredoc',
      code: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20\nADD --chmod=0666 <<EOF /etc/app.conf\nk=v\nEOF\n',
      lines: [4],
      output: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20\nADD --chmod=0664 <<EOF /etc/app.conf\nk=v\nEOF\n',
    },
    { name: 'symbolic: no fix', code: 'FROM alpine:3.20\nCOPY --chmod=a+rwx bin /bin/\n', lines: [2], output: null },
  ],
});
