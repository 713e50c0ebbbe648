import { rule } from '../../server/src/rules/dockerfile/DF070-sudo';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'USER root instead of sudo', code: 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER 10001\n' },
    { name: 'installing sudo is another rule; sudo as an argument', code: 'FROM debian:12\nRUN apt-get install -y sudo && echo sudo\n' },
    { name: 'heredoc data is not run', code: 'FROM debian:12\nRUN <<EOF cat > /etc/motd\nsudo is not needed here\nEOF\n' },
    { name: 'Windows stage', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN sudo x\n' },
  ],
  invalid: [
    {
      name: 'sudo in an && chain',
      code: 'FROM debian:12\nRUN apt-get update && sudo apt-get install -y curl\n',
      lines: [2],
      message: /running `apt-get`/,
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    },
    {
      name: 'multi-stage: build stages are judged too; sudo -E keeps nothing else',
      code: 'FROM node:22 AS build\nRUN sudo -E npm ci\nFROM node:22-slim\nRUN ["sudo", "chown", "node", "/app"]\n',
      lines: [2, 4],
      output: 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nRUN ["sudo", "chown", "node", "/app"]\n',
    },
    {
      name: 'heredoc script and ONBUILD',
      code: 'FROM ubuntu:24.04\nRUN <<EOF\nset -e\nsudo apt-get update\nEOF\nONBUILD RUN sudo make install\n',
      lines: [4, 6],
      output: 'FROM ubuntu:24.04\nRUN <<EOF\nset -e\napt-get update\nEOF\nONBUILD RUN sudo make install\n',
    },
    {
      name: 'sudo -u another user: no fix',
      code: 'FROM debian:12\nRUN sudo -u app touch /home/app/x\n',
      lines: [2],
      message: /gosu/,
      output: null,
    },
  ],
});
