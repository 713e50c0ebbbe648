import { rule } from '../../server/src/rules/compose/DC026-healthcheck';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'a healthcheck', code: service('    healthcheck:\n      test: ["CMD", "true"]\n') },
    { name: 'from a merged anchor', code: 'x-hc: &hc\n  healthcheck:\n    test: curl -f http://localhost/\nservices:\n  app:\n    <<: *hc\n' },
  ],
  invalid: [
    { name: 'absent', code: service(''), lines: [2], message: /no `healthcheck`/, output: null },
    { name: 'disabled', code: service('    healthcheck:\n      disable: true\n'), lines: [2], message: /disabled/, output: null },
    { name: 'test NONE', code: service('    healthcheck:\n      test: ["NONE"]\n'), lines: [2], message: /disabled/, output: null },
    { name: 'multi-document file', code: twoDocuments(service('    healthcheck: {test: "true"}\n'), service('', 'b')), lines: [7], output: null },
  ],
});
