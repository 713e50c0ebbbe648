import { rule } from '../../server/src/rules/dockerfile/DF051-copy-relative-dest';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'after WORKDIR', code: 'FROM node:22\nWORKDIR /app\nCOPY . .\n' },
    { name: 'absolute destination', code: 'FROM node:22\nCOPY . /app\n' },
    { name: 'multi-stage: WORKDIR in the stage it builds on', code: 'FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY package.json ./\n' },
    { name: 'Windows', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app.exe app\\\\\n' },
    { name: 'heredoc to an absolute destination', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello .\nEOF\n' },
  ],
  invalid: [
    { name: 'COPY . . without WORKDIR', code: 'FROM node:22\nCOPY . .\nWORKDIR /app\n', lines: [2], output: null },
    { name: 'multi-stage: the other stage has the WORKDIR; heredoc source', code: 'FROM node:22 AS a\nWORKDIR /app\nFROM node:22\nCOPY <<EOF config.json\n{}\nEOF\n', lines: [4], output: null },
  ],
});
