import { rule } from '../../server/src/rules/dockerfile/DF004-digest-not-pinned';
import { ruleTester } from '../helpers/ruleTester';

const DIGEST = 'sha256:0f2a8c0d3e1b4a5f6e7d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a69788796a5b';

ruleTester(rule, {
  valid: [
    { name: 'pinned by digest', code: `FROM alpine:3.22@${DIGEST}\n` },
    { name: 'multi-stage with a heredoc, all pinned; scratch and stage names need none', code: `FROM golang:1.26@${DIGEST} AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM build AS test\nRUN go test ./...\nFROM scratch\nCOPY --from=build /app /app\n` },
    { name: 'unresolvable ARG', code: 'ARG BASE\nFROM ${BASE}\n' },
  ],
  invalid: [
    { name: 'tag only', code: 'FROM alpine:3.22\n', lines: [1], message: /pinned by tag only/, output: null },
    {
      name: 'multi-stage with a heredoc: one finding, on the first unpinned FROM',
      code: `FROM golang:1.26@${DIGEST} AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM alpine:3.22\nCOPY --from=build /app /app\nFROM debian:13\n`,
      lines: [5],
      output: null,
    },
  ],
});
