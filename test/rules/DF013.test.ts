import { rule } from '../../server/src/rules/dockerfile/DF013-platform-constant';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'multi-stage with a heredoc: $BUILDPLATFORM for the build stage', code: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nARG TARGETOS TARGETARCH\nRUN <<EOF\nGOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\nEOF\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'no flag', code: 'FROM alpine:3.22\n' },
    { name: 'an ARG', code: 'ARG PLATFORM=linux/arm64\nFROM --platform=${PLATFORM} alpine:3.22\n' },
  ],
  invalid: [
    { name: 'constant platform', code: 'FROM --platform=linux/amd64 node:22\n', lines: [1], message: /`--platform=linux\/amd64` pins this stage/, output: null },
    { name: 'multi-stage with a heredoc, lower case', code: 'from golang:1.26 as build\nrun <<EOF\ngo build\nEOF\nfrom --platform=linux/arm64 alpine:3.22\n', lines: [5], output: null },
  ],
});
