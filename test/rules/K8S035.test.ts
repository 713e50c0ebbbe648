import { rule } from '../../server/src/rules/kubernetes/K8S035-cluster-admin-binding';
import { ruleTester } from '../helpers/ruleTester';
import { binding } from '../helpers/rbacCases';

const SA = '  - kind: ServiceAccount\n    name: ci\n    namespace: tools\n';
ruleTester(rule, {
  valid: [{ name: 'view', code: binding('  kind: ClusterRole\n  name: view\n', SA) }],
  invalid: [
    { name: 'ClusterRoleBinding', code: binding('  kind: ClusterRole\n  name: cluster-admin\n', SA), lines: [8], output: null, message: /ServiceAccount ci cluster-admin: full control of the cluster/ },
    { name: 'RoleBinding', code: binding('  kind: ClusterRole\n  name: cluster-admin\n', SA, 'RoleBinding'), lines: [8], output: null, message: /within its namespace/ },
  ],
});
