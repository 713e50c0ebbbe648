import { rule } from '../../server/src/rules/dockerfile/DF077-missing-assume-yes';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'every spelling of yes', code: 'FROM debian:12\nRUN apt-get install -y a && apt-get -yqq install b && apt-get install --assume-yes c && apt-get -qq install d && yum -y install e && dnf install --assumeyes f && zypper -n install g && zypper install -y h && microdnf install i\n' },
    { name: 'yes | apt-get', code: 'FROM debian:12\nRUN yes | apt-get install curl\n' },
    { name: 'APT configured with Assume-Yes', code: 'FROM debian:12\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl\n' },
    { name: 'apk never asks', code: 'FROM alpine:3.20\nRUN apk add curl\n' },
  ],
  invalid: [
    {
      name: 'apt-get install without -y',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n',
      lines: [2],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    },
    {
      name: 'multi-stage and heredoc: yum, dnf and zypper',
      code: 'FROM centos:7 AS build\nRUN yum install gcc\nFROM fedora:41\nRUN <<EOF\ndnf remove x\nzypper install y\nEOF\n',
      lines: [2, 5, 6],
      output: 'FROM centos:7 AS build\nRUN yum install -y gcc\nFROM fedora:41\nRUN <<EOF\ndnf remove x\nzypper install y\nEOF\n',
    },
    {
      name: 'apt (not apt-get) is reported under the apt-get name',
      code: 'FROM ubuntu:24.04\nRUN sudo apt install curl\n',
      lines: [2],
      message: /`apt-get install`/,
      output: 'FROM ubuntu:24.04\nRUN sudo apt install -y curl\n',
    },
  ],
});
