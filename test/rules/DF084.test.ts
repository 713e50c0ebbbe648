import { rule } from '../../server/src/rules/dockerfile/DF084-relink-bin-sh';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'SHELL instead', code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN ln -s /usr/bin/python3 /usr/local/bin/python\n' },
    { name: 'heredoc data', code: 'FROM debian:12\nRUN <<EOF cat > /x\nln -sf /bin/bash /bin/sh\nEOF\n' },
  ],
  invalid: [
    { name: 'ln -sf bash sh', code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n', lines: [2], message: /SHELL \["\/bin\/bash"/, output: null },
    {
      name: 'multi-stage and heredoc',
      code: 'FROM ubuntu:24.04 AS a\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh\nFROM ubuntu:24.04\nRUN <<EOF\nln -sf /usr/bin/bash /usr/bin/sh\nEOF\n',
      lines: [2, 5],
      output: null,
    },
  ],
});
