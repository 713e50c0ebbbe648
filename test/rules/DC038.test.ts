import { rule } from '../../server/src/rules/compose/DC038-secret-build-arg';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const build = (args: string) => `services:\n  app:\n    build:\n      context: .\n      args:\n${args}`;

ruleTester(rule, {
  valid: [
    { name: 'ordinary arguments', code: build('        NODE_VERSION: "22"\n        TOKEN_URL: https://auth.example.com\n') },
    { name: 'build as a string has no args', code: 'services:\n  app:\n    build: .\n' },
  ],
  invalid: [
    { name: 'named like a credential, even interpolated', code: build('        NPM_TOKEN: ${NPM_TOKEN}\n'), lines: [6], message: /`NPM_TOKEN` is named like a credential/, output: null },
    { name: 'list form, pass-through', code: build('        - GITHUB_TOKEN\n        - VERSION=1\n'), lines: [6], output: null },
    { name: 'a known token format', code: build(`        EXTRA: glpat-${'x'.repeat(20)}\n`), lines: [6], message: /looks like a GitLab token/, output: null },
    { name: 'args from an anchor: once', code: 'x-args: &args\n  API_KEY: ${KEY}\nservices:\n  a:\n    build:\n      context: a\n      args: *args\n  b:\n    build:\n      context: b\n      args: *args\n', lines: [2], message: /^Services `a` and `b`/, output: null },
    { name: 'multi-document file', code: twoDocuments('services:\n  x:\n    image: x:1\n', build('        DB_PASSWORD: pw\n')), lines: [10], output: null },
  ],
});
