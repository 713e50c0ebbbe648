import { rule } from '../../server/src/rules/dockerfile/DF080-apt';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'apt-get and apt-cache', code: 'FROM debian:12\nRUN apt-get update && apt-cache policy curl\n' },
    { name: 'apt inside heredoc data', code: 'FROM debian:12\nRUN <<EOF cat > /README\napt install nothing\nEOF\n' },
  ],
  invalid: [
    { name: 'apt install', code: 'FROM debian:12\nRUN apt update && apt install -y curl\n', lines: [2, 2], output: 'FROM debian:12\nRUN apt-get update && apt install -y curl\n' },
    {
      name: 'multi-stage and heredoc; apt list has no apt-get twin',
      code: 'FROM ubuntu:24.04 AS a\nRUN <<EOF\napt list --installed\nEOF\nFROM ubuntu:24.04\nRUN /usr/bin/apt -y purge x\n',
      lines: [3, 6],
      message: /apt-get/,
      output: null,
    },
  ],
});
