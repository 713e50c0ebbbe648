import { rule } from '../../server/src/rules/dockerfile/DF059-label-key';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'OCI keys and a quoted key', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com/r" maintainer="x" "com.example.tier"=web\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /x\nLABEL Bad_Key=1\nEOF\n' },
  ],
  invalid: [
    { name: 'bad characters', code: 'FROM alpine:3.20\nLABEL Version=1 build_id=7\n', lines: [2, 2], output: null },
    { name: 'multi-stage: reserved namespace', code: 'FROM alpine:3.20 AS a\nRUN true\nFROM a\nLABEL io.docker.tier=1 com.docker.extension.api-version=1\n', lines: [4], message: /reserved/, output: null },
  ],
});
