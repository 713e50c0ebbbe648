import { rule } from '../../server/src/rules/dockerfile/DF056-maintainer';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'label', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /AUTHORS\nMAINTAINER Jane\nEOF\n' },
  ],
  invalid: [
    {
      name: 'becomes the OCI label',
      code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN true\n',
      lines: [2],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true\n',
    },
    {
      name: 'multi-stage, lower case, quoted',
      code: 'FROM alpine:3.20 AS a\nRUN true\nFROM a\nmaintainer "ops team"\n',
      lines: [4],
      output: 'FROM alpine:3.20 AS a\nRUN true\nFROM a\nLABEL org.opencontainers.image.authors="ops team"\n',
    },
  ],
});
