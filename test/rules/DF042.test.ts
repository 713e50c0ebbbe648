import { rule } from '../../server/src/rules/dockerfile/DF042-missing-healthcheck';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'healthcheck present', code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' },
    { name: 'multi-stage: only the final stage needs one', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["/app", "health"]\n' },
    { name: 'inherited from the stage it builds on', code: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nCOPY site /usr/share/nginx/html\n' },
    { name: 'distroless final stage', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n' },
  ],
  invalid: [
    { name: 'none at all', code: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n', lines: [1], output: null },
    { name: 'multi-stage: the build stage has one, the final does not; heredoc', code: 'FROM alpine:3.20 AS build\nHEALTHCHECK NONE\nRUN <<EOF\nHEALTHCHECK CMD true\nEOF\n\nFROM alpine:3.20\nCOPY --from=build /x /x\n', lines: [7], output: null },
  ],
});
