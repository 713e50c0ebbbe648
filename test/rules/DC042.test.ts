import { rule } from '../../server/src/rules/compose/DC042-build-privileged';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const build = (extra: string) => `services:\n  app:\n    build:\n      context: .\n${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'plain build', code: build('      privileged: false\n      entitlements: [network.none]\n') },
    { name: 'runtime privileged is DC001', code: 'services:\n  app:\n    image: a:1\n    privileged: true\n' },
  ],
  invalid: [
    { name: 'privileged build', code: build('      privileged: true\n      target: prod\n'), lines: [5], message: /`build.privileged: true`/, output: build('      target: prod\n') },
    {
      name: 'insecure entitlements, one at a time',
      code: build('      entitlements:\n        - security.insecure\n        - network.host\n'),
      lines: [6, 7], message: /build entitlement `(security\.insecure|network\.host)`/,
      output: build('      entitlements:\n        - network.host\n'),
    },
    { name: 'multi-document file', code: twoDocuments('services:\n  x:\n    image: x:1\n', build('      privileged: true\n      dockerfile: Dockerfile\n')), lines: [9], output: twoDocuments('services:\n  x:\n    image: x:1\n', build('      dockerfile: Dockerfile\n')) },
  ],
});
