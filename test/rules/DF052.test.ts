import { rule } from '../../server/src/rules/dockerfile/DF052-copy-whole-filesystem';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'specific files', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'whole context, no --from', code: 'FROM alpine:3.20\nCOPY / /\n' },
    { name: 'an image built to be copied whole', code: 'FROM alpine:3.20\nCOPY --from=docker/buildx-bin:0.17 / /usr/libexec/docker/cli-plugins/\nCOPY --from=gloursdocker/docker / /\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nCOPY --from=a / /\nEOF\n' },
  ],
  invalid: [
    { name: 'whole stage', code: 'FROM debian:12 AS build\nRUN make\n\nFROM debian:12-slim\nCOPY --from=build / /\n', lines: [5], output: null },
    { name: 'stage index, JSON form', code: 'FROM busybox:1.36\nRUN true\nFROM alpine:3.20\nCOPY --from=0 ["/", "/"]\n', lines: [4], output: null },
  ],
});
