import { rule } from '../../server/src/rules/dockerfile/DF072-signature-verification-disabled';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'signed installs', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nFROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n' },
    { name: 'gpgcheck=1', code: 'FROM fedora:41\nRUN echo "gpgcheck=1" >> /etc/yum.repos.d/x.repo\n' },
    { name: 'heredoc data', code: 'FROM alpine:3.20\nRUN <<EOF cat > /README\napk add --allow-untrusted is bad\nEOF\n' },
  ],
  invalid: [
    {
      name: 'apk --allow-untrusted',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/pkg.apk\n',
      lines: [2],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache /tmp/pkg.apk\n',
    },
    {
      name: 'multi-stage: apt-get --allow-unauthenticated --force-yes in a build stage',
      code: 'FROM debian:12 AS build\nRUN apt-get install -y --allow-unauthenticated --force-yes gcc\nFROM debian:12-slim\nCOPY --from=build /x /x\n',
      lines: [2, 2],
      output: 'FROM debian:12 AS build\nRUN apt-get install -y --force-yes gcc\nFROM debian:12-slim\nCOPY --from=build /x /x\n',
    },
    {
      name: 'heredoc: dnf --nogpgcheck, rpm --nosignature, gpgcheck=0 repo file',
      code: 'FROM fedora:41\nRUN <<EOF\ndnf install -y --nogpgcheck x\nrpm -i --nosignature y.rpm\necho "gpgcheck=0" >> /etc/yum.repos.d/z.repo\nEOF\n',
      lines: [3, 4, 5],
      output: 'FROM fedora:41\nRUN <<EOF\ndnf install -y x\nrpm -i --nosignature y.rpm\necho "gpgcheck=0" >> /etc/yum.repos.d/z.repo\nEOF\n',
    },
    {
      name: 'sources.list entry trusted=yes: no fix',
      code: 'FROM debian:12\nRUN echo "deb [trusted=yes] http://repo.example.com stable main" > /etc/apt/sources.list.d/x.list\n',
      lines: [2],
      output: null,
    },
  ],
});
