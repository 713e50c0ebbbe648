import { rule } from '../../server/src/rules/dockerfile/DF087-remote-script-to-shell';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'download, verify, run', code: 'FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://x/i.sh && echo "abc  /tmp/i.sh" | sha256sum -c && sh /tmp/i.sh\n' },
    { name: 'curl | tar is not a shell', code: 'FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar -xz\n' },
    { name: 'python with a script file reads no stdin', code: 'FROM python:3.13\nRUN curl -fsSL https://x/data.json | python3 /app/load.py\n' },
  ],
  invalid: [
    { name: 'curl | bash', code: 'FROM debian:12\nRUN curl -fsSL https://get.example.com | bash -s -- --yes\n', lines: [2], message: /`bash` runs a script fetched by `curl`/, output: null },
    {
      name: 'multi-stage: every stage; sudo sh, sh -c "$(…)", bash <(…)',
      code: 'FROM debian:12 AS a\nRUN wget -qO- https://x/i.sh | sudo sh\nFROM debian:12\nRUN sh -c "$(curl -fsSL https://x/i.sh)" && bash <(curl -s https://x/j.sh)\n',
      lines: [2, 4, 4],
      output: null,
    },
    {
      name: 'heredoc script and python -',
      code: 'FROM python:3.13\nRUN <<EOF\ncurl -sSL https://install.python-poetry.org | python3 -\nEOF\n',
      lines: [3],
      output: null,
    },
  ],
});
