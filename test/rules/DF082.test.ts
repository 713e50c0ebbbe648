import { rule } from '../../server/src/rules/dockerfile/DF082-wget-and-curl';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'only curl', code: 'FROM debian:12\nRUN curl -fsSLO https://x/a && curl -fsSLO https://x/b\n' },
    { name: 'multi-stage: wget in a build stage, curl in the final one', code: 'FROM debian:12 AS dl\nRUN wget -q https://x/a\nFROM debian:12\nCOPY --from=dl /a /a\nRUN curl -fsSL https://x/b\n' },
  ],
  invalid: [
    { name: 'both in one RUN', code: 'FROM debian:12\nRUN wget -q https://x/a && curl -fsSLO https://x/b\n', lines: [2], message: /`curl` after `wget`/, output: null },
    {
      name: 'heredoc after a curl RUN, in the final stage',
      code: 'FROM debian:12 AS b\nRUN true\nFROM debian:12\nCOPY --from=b /x /x\nRUN curl -fsSLO https://x/a\nRUN <<EOF\nwget -q https://x/b\nEOF\n',
      lines: [7],
      output: null,
    },
  ],
});
