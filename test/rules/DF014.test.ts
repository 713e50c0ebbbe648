import { rule } from '../../server/src/rules/dockerfile/DF014-redundant-target-platform';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc: $BUILDPLATFORM is meaningful', code: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'no flag', code: 'FROM alpine:3.22\n' },
  ],
  invalid: [
    { name: '$TARGETPLATFORM', code: 'FROM --platform=$TARGETPLATFORM alpine:3.22\n', lines: [1], message: /repeats the default/, output: 'FROM alpine:3.22\n' },
    {
      name: 'multi-stage with a heredoc, braces and a stage name',
      code: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM  --platform=${TARGETPLATFORM}   gcr.io/distroless/static-debian13:nonroot AS run\nCOPY --from=build /app /app\n',
      lines: [5],
      output: 'FROM golang:1.26 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM  gcr.io/distroless/static-debian13:nonroot AS run\nCOPY --from=build /app /app\n',
    },
  ],
});
