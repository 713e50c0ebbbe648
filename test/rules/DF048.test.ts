import { rule } from '../../server/src/rules/dockerfile/DF048-relative-workdir';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'absolute, also quoted', code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR "/usr/bin/tool/"\n' },
    { name: 'absolute from an ARG', code: 'FROM alpine:3.20\nARG HOME_DIR=/home/app\nWORKDIR $HOME_DIR/src\n' },
    { name: 'unresolvable variable', code: 'FROM alpine:3.20\nWORKDIR $SRC\n' },
    { name: 'Windows image', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR app\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nWORKDIR app\nEOF\n' },
  ],
  invalid: [
    {
      name: 'relative after an absolute one: joined',
      code: 'FROM node:22\nWORKDIR /usr/src\nWORKDIR app/../web\n',
      lines: [3],
      message: /means `\/usr\/src\/web`/,
      output: 'FROM node:22\nWORKDIR /usr/src\nWORKDIR /usr/src/web\n',
    },
    {
      name: 'multi-stage: the WORKDIR of the stage it builds on counts',
      code: 'FROM node:22 AS base\nWORKDIR /srv\n\nFROM base\nworkdir ./api\n',
      lines: [5],
      output: 'FROM node:22 AS base\nWORKDIR /srv\n\nFROM base\nworkdir /srv/api\n',
    },
    {
      name: 'nothing before: prefixed with /; heredoc RUN after',
      code: 'FROM python:3.13\nWORKDIR app\nRUN <<EOF\npip install .\nEOF\n',
      lines: [2],
      message: /base image's working directory/,
      output: 'FROM python:3.13\nWORKDIR /app\nRUN <<EOF\npip install .\nEOF\n',
    },
    {
      name: 'quoted: no fix',
      code: 'FROM alpine:3.20\nWORKDIR "my app"\n',
      lines: [2],
      output: null,
    },
  ],
});
