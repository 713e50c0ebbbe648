import { rule } from '../../server/src/rules/compose/DC025-pids-limit';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'pids_limit', code: service('    pids_limit: 100\n') },
    { name: 'deploy limits', code: service('    deploy:\n      resources:\n        limits:\n          pids: 100\n') },
  ],
  invalid: [
    { name: 'absent', code: service(''), lines: [2], message: /no `pids_limit`/, output: null },
    { name: 'unlimited', code: service('    pids_limit: -1\n'), lines: [2], message: /`-1` \(unlimited\)/, output: null },
    { name: 'multi-document file', code: twoDocuments(service('    pids_limit: 100\n'), service('', 'b')), lines: [7], output: null },
  ],
});
