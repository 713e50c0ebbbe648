import { rule } from '../../server/src/rules/compose/DC024-cpu-limit';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'cpus', code: service('    cpus: 0.5\n') },
    { name: 'deploy limits', code: service('    deploy:\n      resources:\n        limits:\n          cpus: "1"\n') },
  ],
  invalid: [
    { name: 'no limit', code: service(''), lines: [2], message: /no CPU limit/, output: null },
    { name: 'multi-document file', code: twoDocuments(service('    cpu_shares: 512\n'), service('', 'b')), lines: [7], output: null },
  ],
});
