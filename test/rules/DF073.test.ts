import { rule } from '../../server/src/rules/dockerfile/DF073-chpasswd';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'locked account', code: 'FROM debian:12\nRUN useradd -u 10001 app && passwd -l app\n' },
    { name: 'chpasswd in heredoc data', code: 'FROM debian:12\nRUN <<EOF cat > /doc\nchpasswd is not used\nEOF\n' },
  ],
  invalid: [
    { name: 'echo | chpasswd', code: 'FROM debian:12\nRUN echo "root:hunter2" | chpasswd\n', lines: [2], output: null },
    {
      name: 'multi-stage and heredoc',
      code: 'FROM debian:12 AS build\nRUN echo "a:b" | sudo chpasswd\nFROM centos:7\nRUN <<EOF\necho secret | passwd --stdin root\nEOF\n',
      lines: [2, 5],
      output: null,
    },
  ],
});
