import { rule } from '../../server/src/rules/dockerfile/DF078-no-install-recommends';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'flag present', code: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n' },
    { name: 'build stage is not judged', code: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /x /x\n' },
    { name: 'APT configured not to install recommends', code: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "0";\' > /etc/apt/apt.conf.d/01norec && apt-get install -y curl\n' },
  ],
  invalid: [
    {
      name: 'final stage of a multi-stage build',
      code: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /x /x\nRUN apt-get update && apt-get install -y curl\n',
      lines: [5],
      output: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /x /x\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n',
    },
    {
      name: 'heredoc',
      code: 'FROM ubuntu:24.04\nRUN <<EOF\napt-get update\napt-get -y install ca-certificates\nEOF\n',
      lines: [4],
      output: 'FROM ubuntu:24.04\nRUN <<EOF\napt-get update\napt-get -y install --no-install-recommends ca-certificates\nEOF\n',
    },
  ],
});
