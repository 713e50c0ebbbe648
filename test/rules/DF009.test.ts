import { rule } from '../../server/src/rules/dockerfile/DF009-copy-from-own-stage';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc: copy from an earlier stage', code: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'copy from an earlier index', code: 'FROM alpine:3.22\nRUN touch /x\nFROM alpine:3.22\nCOPY --from=0 /x /x\n' },
    { name: 'copy from an external image', code: 'FROM alpine:3.22 AS app\nCOPY --from=busybox:1.37 /bin/busybox /bin/busybox\n' },
  ],
  invalid: [
    { name: 'own name', code: 'FROM alpine:3.22 AS app\nCOPY --from=app /x /y\n', lines: [2], message: /`--from=app` names the stage this COPY is in/, output: null },
    { name: 'own name in another case, own index', code: 'FROM alpine:3.22 AS base\nFROM alpine:3.22 AS App\nCOPY --from=APP /x /y\nCOPY --from=1 /x /z\n', lines: [3, 4], output: null },
    {
      name: 'multi-stage with a heredoc COPY',
      code: 'FROM alpine:3.22 AS build\nRUN touch /x\nFROM alpine:3.22 AS final\nCOPY --from=final <<EOF /etc/motd\nhello\nEOF\n',
      lines: [4],
      output: null,
    },
    { name: 'ARG-expanded reference', code: 'ARG SELF=app\nFROM alpine:3.22 AS app\nARG SELF\ncopy --from=${SELF} /x /y\n', lines: [4], output: null },
  ],
});
