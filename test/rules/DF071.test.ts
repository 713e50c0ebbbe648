import { rule } from '../../server/src/rules/dockerfile/DF071-tls-verification-disabled';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'verified downloads', code: 'FROM debian:12\nRUN curl -fsSL https://x/a.tgz -o a.tgz && wget -q https://x/b && pip install --no-cache-dir flask\n' },
    { name: 'curl -K config file is not -k', code: 'FROM debian:12\nRUN curl -K /etc/curlrc https://x\n' },
    { name: 'git sslVerify true; npm strict-ssl true', code: 'FROM node:22\nRUN git config --global http.sslVerify true && npm config set strict-ssl true\n' },
    { name: 'heredoc data', code: 'FROM debian:12\nRUN <<EOF cat > /notes\ncurl -k is bad\nEOF\n' },
  ],
  invalid: [
    {
      name: 'curl -k inside a short-option cluster',
      code: 'FROM debian:12\nRUN curl -fsSLk https://x/install.sh -o /tmp/i.sh\n',
      lines: [2],
      output: 'FROM debian:12\nRUN curl -fsSL https://x/install.sh -o /tmp/i.sh\n',
    },
    {
      name: 'wget --no-check-certificate and curl --insecure in a continuation',
      code: 'FROM debian:12\nRUN wget --no-check-certificate https://x/a \\\n && curl --insecure -o b https://x/b\n',
      lines: [2, 3],
      output: 'FROM debian:12\nRUN wget https://x/a \\\n && curl --insecure -o b https://x/b\n',
    },
    {
      name: 'multi-stage: pip --trusted-host in a build stage',
      code: 'FROM python:3.13 AS build\nRUN pip install --trusted-host pypi.example.com -r req.txt\nFROM python:3.13-slim\nCOPY --from=build /usr/local /usr/local\n',
      lines: [2],
      output: 'FROM python:3.13 AS build\nRUN pip install -r req.txt\nFROM python:3.13-slim\nCOPY --from=build /usr/local /usr/local\n',
    },
    {
      name: 'config commands in a heredoc: no fix',
      code: 'FROM node:22\nRUN <<EOF\ngit config --global http.sslVerify false\nnpm config set strict-ssl false\nyarn config set strict-ssl false\npip config set global.trusted-host pypi.example.com\nEOF\n',
      lines: [3, 4, 5, 6],
      output: null,
    },
    {
      name: 'env assignments in RUN',
      code: 'FROM node:22\nRUN GIT_SSL_NO_VERIFY=1 git clone https://x/r.git && export NODE_TLS_REJECT_UNAUTHORIZED=0\n',
      lines: [2, 2],
      output: 'FROM node:22\nRUN git clone https://x/r.git && export NODE_TLS_REJECT_UNAUTHORIZED=0\n',
    },
    {
      name: 'yum sslverify off, as --setopt and in a .repo file',
      code: 'FROM rockylinux:9\nRUN yum install -y --setopt=sslverify=false curl && echo "sslverify=0" >> /etc/yum.conf\n',
      lines: [2, 2],
      output: 'FROM rockylinux:9\nRUN yum install -y curl && echo "sslverify=0" >> /etc/yum.conf\n',
    },
  ],
});
