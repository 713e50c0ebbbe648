import { rule } from '../../server/src/rules/dockerfile/DF083-pipefail';
import { ruleTester } from '../helpers/ruleTester';

const SHELL = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n';

ruleTester(rule, {
  valid: [
    { name: 'grep fails the RUN when its input is empty', code: 'FROM debian:12\nRUN locale -a | grep en_US.utf8\n' },
    { name: 'heredoc: sha256sum -c - fails on empty input', code: 'FROM debian:12\nRUN <<EOF\ncurl -fsSLO https://example.com/node.tar.xz\ngrep node.tar.xz SHASUMS256.txt | sha256sum -c -\nEOF\n' },
    { name: 'SHELL with pipefail', code: `FROM debian:12\n${SHELL}RUN curl -fsSL https://x/a.tgz | tar -xz\n` },
    { name: 'SHELL -eo pipefail inherited by a child stage', code: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://x | tar -xz\n' },
    { name: 'set -o pipefail in the RUN', code: 'FROM debian:12\nRUN set -euxo pipefail; curl -fsSL https://x | tar -xz\n' },
    { name: 'heredoc with set -o pipefail', code: 'FROM debian:12\nRUN <<EOF\nset -eo pipefail\ncurl -fsSL https://x | tar -xz\nEOF\n' },
    { name: 'echo | chpasswd cannot fail on the left', code: 'FROM debian:12\nRUN echo "a:b" | chpasswd\n' },
    { name: '|| is not a pipe; quoted | is not a pipe', code: 'FROM debian:12\nRUN make || echo "a | b"\n' },
    { name: 'pipes inside a command substitution compute a value', code: 'FROM debian:12\nRUN arch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')" && echo $arch\n' },
    { name: 'Windows', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN type a | findstr b\n' },
  ],
  invalid: [
    {
      name: 'Debian: SHELL inserted before the piped RUN',
      code: 'FROM debian:12\nRUN apt-get update\nRUN curl -fsSL https://x/a.tgz | tar -xz -C /opt\n',
      lines: [3],
      output: `FROM debian:12\nRUN apt-get update\n${SHELL}RUN curl -fsSL https://x/a.tgz | tar -xz -C /opt\n`,
    },
    {
      name: 'multi-stage: Alpine gets ash; unknown base gets no fix',
      code: 'FROM alpine:3.20 AS a\nRUN wget -qO- https://x | tar -xz\nFROM registry.example.com/base:1\nCOPY --from=a /x /x\nRUN cat /x | sort\n',
      lines: [2, 5],
      output: 'FROM alpine:3.20 AS a\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x | tar -xz\nFROM registry.example.com/base:1\nCOPY --from=a /x /x\nRUN cat /x | sort\n',
    },
    {
      name: 'heredoc pipe',
      code: 'FROM ubuntu:24.04\nRUN <<EOF\nset -e\ncurl -fsSL https://x | gpg --dearmor -o /k.gpg\nEOF\n',
      lines: [4],
      output: `FROM ubuntu:24.04\n${SHELL}RUN <<EOF\nset -e\ncurl -fsSL https://x | gpg --dearmor -o /k.gpg\nEOF\n`,
    },
  ],
});
