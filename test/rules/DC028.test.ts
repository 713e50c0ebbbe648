import { rule } from '../../server/src/rules/compose/DC028-cgroup-parent';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [{ name: 'not set', code: service('    mem_limit: 1g\n') }],
  invalid: [
    { name: 'set', code: service('    cgroup_parent: m-executor-abcd\n'), lines: [4], message: /cgroup `m-executor-abcd`/, output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    cgroup_parent: system.slice\n', 'b')), lines: [8], output: null },
  ],
});
