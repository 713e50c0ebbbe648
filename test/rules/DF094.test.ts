import { rule } from '../../server/src/rules/dockerfile/DF094-sudo-installed';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'no sudo', code: 'FROM debian:12\nRUN apt-get install -y curl sudoku\n' },
    { name: 'build stage only', code: 'FROM debian:12 AS b\nRUN apt-get install -y sudo\nFROM debian:12\nCOPY --from=b /x /x\n' },
    { name: 'pip package named sudo is something else', code: 'FROM python:3.13\nRUN pip install --no-cache-dir sudo==1.0\n' },
  ],
  invalid: [
    {
      name: 'apt-get install sudo with other packages',
      code: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl sudo git\n',
      lines: [2],
      output: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl git\n',
    },
    {
      name: 'multi-stage final stage and heredoc; sudo alone gets no fix',
      code: 'FROM debian:12 AS b\nRUN true\nFROM alpine:3.20\nCOPY --from=b /x /x\nRUN <<EOF\napk add --no-cache sudo\nEOF\n',
      lines: [6],
      output: null,
    },
  ],
});
