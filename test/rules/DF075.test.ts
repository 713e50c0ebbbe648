import { rule } from '../../server/src/rules/dockerfile/DF075-upgrade';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'install only', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n' },
    { name: 'upgrading a named package', code: 'FROM fedora:41\nRUN dnf update -y openssl\n' },
  ],
  invalid: [
    { name: 'apt-get upgrade', code: 'FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n', lines: [2], message: /apt-get upgrade/, output: null },
    {
      name: 'multi-stage and heredoc: apk upgrade, yum update, zypper dup',
      code: 'FROM alpine:3.20 AS a\nRUN apk upgrade --no-cache\nFROM centos:7\nRUN <<EOF\nyum -y update\nEOF\nFROM opensuse/leap\nRUN zypper -n dup\n',
      lines: [2, 5, 8],
      output: null,
    },
  ],
});
