import { rule } from '../../server/src/rules/dockerfile/DF058-docker-socket';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'data volume', code: 'FROM alpine:3.20\nVOLUME /data\nRUN --mount=type=cache,target=/root/.cache true\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /README\nmount /var/run/docker.sock\nEOF\n' },
  ],
  invalid: [
    { name: 'VOLUME', code: 'FROM docker:27\nVOLUME ["/data", "/var/run/docker.sock"]\n', lines: [2], output: null },
    { name: 'multi-stage: RUN mount', code: 'FROM alpine:3.20 AS a\nRUN --mount=type=bind,source=/run/docker.sock,target=/run/docker.sock docker ps\nFROM alpine:3.20\nCOPY --from=a /x /x\n', lines: [2], output: null },
  ],
});
