import { rule } from '../../server/src/rules/compose/DC040-no-ulimits';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [{ name: 'ulimits', code: service('    ulimits:\n      nofile: 65535\n') }],
  invalid: [
    { name: 'none', code: service(''), lines: [2], message: /no `ulimits`/, output: null },
    { name: 'multi-document file', code: twoDocuments(service('    ulimits: {nproc: 512}\n'), service('', 'b')), lines: [7], output: null },
  ],
});
