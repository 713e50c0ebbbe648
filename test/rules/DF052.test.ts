import { rule } from '../../server/src/rules/dockerfile/DF052-copy-whole-filesystem';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'specific files', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'whole context, no --from', code: 'FROM alpine:3.20\nCOPY / /\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nCOPY --from=a / /\nEOF\n' },
  ],
  invalid: [
    { name: 'whole stage', code: 'FROM debian:12 AS build\nRUN make\n\nFROM debian:12-slim\nCOPY --from=build / /\n', lines: [5], output: null },
    { name: 'image reference, JSON form', code: 'FROM alpine:3.20\nCOPY --from=busybox:1.36 ["/", "/"]\n', lines: [2], output: null },
  ],
});
