import { rule } from '../../server/src/rules/dockerfile/DF057-env-self-reference';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'separate ENVs', code: 'FROM alpine:3.20\nENV APP_HOME=/app\nENV PATH=$APP_HOME/bin:$PATH\n' },
    { name: 'own previous value', code: 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8\n' },
    { name: 'names that only share a prefix', code: 'FROM alpine:3.20\nENV A=1 B=$AB\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\nexport A=1 B=$A\nEOF\n' },
  ],
  invalid: [
    { name: 'reference to an earlier key', code: 'FROM alpine:3.20\nENV APP_HOME=/app PATH=$APP_HOME/bin:$PATH\n', lines: [2], message: /\$APP_HOME/, output: null },
    { name: 'multi-stage, braces, continuation line', code: 'FROM alpine:3.20 AS a\nRUN true\nFROM a\nENV V=1.2 \\\n    URL=https://example.com/v${V}/x\n', lines: [5], output: null },
  ],
});
