import { rule } from '../../server/src/rules/compose/DC027-restart-on-failure';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'on-failure:5 and other policies', code: service('    restart: on-failure:5\n  b:\n    image: b:1\n    restart: unless-stopped\n') },
    { name: 'no restart policy (not reported, as in KICS)', code: service('') },
    { name: 'deploy policy with 5 attempts', code: service('    deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 5\n') },
  ],
  invalid: [
    { name: 'on-failure without a count', code: service('    restart: on-failure\n'), lines: [4], message: /retries forever/, output: null },
    { name: 'on-failure:10', code: service('    restart: "on-failure:10"\n'), lines: [4], message: /retries 10 times/, output: null },
    { name: 'deploy policy with another count', code: service('    deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 3\n'), lines: [7], output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    restart: on-failure:2\n', 'b')), lines: [8], output: null },
  ],
});
