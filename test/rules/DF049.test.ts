import { rule } from '../../server/src/rules/dockerfile/DF049-system-workdir';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'app directory, and names that only start alike', code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR /devops\nWORKDIR /process\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nWORKDIR /proc\nEOF\n' },
  ],
  invalid: [
    { name: 'under /proc', code: 'FROM alpine:3.20\nWORKDIR /proc/self\n', lines: [2], message: /`\/proc`/, output: null },
    { name: 'multi-stage: relative under an inherited /dev, and an ARG', code: 'FROM alpine:3.20 AS a\nWORKDIR /dev\nFROM a\nWORKDIR shm\nARG B=/boot\nWORKDIR ${B}\n', lines: [2, 4, 6], output: null },
  ],
});
