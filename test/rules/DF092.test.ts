import { rule } from '../../server/src/rules/dockerfile/DF092-run-network-host';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'default and none', code: 'FROM debian:12\nRUN --network=none make test\nRUN --network=default make\n' },
  ],
  invalid: [
    { name: '--network=host', code: 'FROM debian:12\nRUN --network=host curl -fsSL http://localhost:8080/x\n', lines: [2], output: null },
    {
      name: 'multi-stage and heredoc, Windows too (not a shell rule)',
      code: 'FROM debian:12 AS a\nRUN --network=host <<EOF\napt-get update\nEOF\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN --network=host dir\n',
      lines: [2, 6],
      output: null,
    },
  ],
});
