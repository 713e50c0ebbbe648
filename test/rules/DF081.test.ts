import { rule } from '../../server/src/rules/dockerfile/DF081-pointless-command';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'ordinary build commands; ssh-keyscan is not ssh', code: 'FROM debian:12\nRUN mkdir -p /root/.ssh && ssh-keyscan github.com >> /root/.ssh/known_hosts\nCMD ["service", "nginx", "start"]\n' },
    { name: 'heredoc data', code: 'FROM debian:12\nRUN <<EOF cat > /README\nuse vim to edit\nEOF\n' },
  ],
  invalid: [
    { name: 'service start in RUN', code: 'FROM debian:12\nRUN service mysql start && mysql < init.sql\n', lines: [2], message: /`service`/, output: null },
    {
      name: 'multi-stage and heredoc',
      code: 'FROM debian:12 AS a\nRUN sudo mount -t tmpfs none /mnt\nFROM debian:12\nRUN <<EOF\nps aux\nvim /etc/hosts\nEOF\n',
      lines: [2, 5, 6],
      output: null,
    },
  ],
});
