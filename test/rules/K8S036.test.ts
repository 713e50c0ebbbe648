import { rule } from '../../server/src/rules/kubernetes/K8S036-binding-to-system-group';
import { ruleTester } from '../helpers/ruleTester';
import { binding } from '../helpers/rbacCases';

const REF = '  kind: ClusterRole\n  name: view\n';
ruleTester(rule, {
  valid: [
    { name: 'a named group', code: binding(REF, '  - kind: Group\n    name: dev-team\n') },
    { name: 'discovery for everyone is built in', code: binding('  kind: ClusterRole\n  name: system:discovery\n', '  - kind: Group\n    name: system:authenticated\n') },
  ],
  invalid: [
    { name: 'anonymous and all authenticated', code: binding(REF, '  - kind: User\n    name: system:anonymous\n  - kind: Group\n    name: system:authenticated\n'), lines: [11, 13], output: null },
  ],
});
