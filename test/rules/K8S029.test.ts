import { rule } from '../../server/src/rules/kubernetes/K8S029-rbac-wildcard';
import { ruleTester } from '../helpers/ruleTester';
import { role } from '../helpers/rbacCases';

ruleTester(rule, {
  valid: [{ name: 'explicit verbs and resources', code: role('  - apiGroups: [""]\n    resources: ["pods"]\n    verbs: ["get", "list"]\n') }],
  invalid: [
    { name: 'everything', code: role('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n'), lines: [7], output: null, message: /every verb on every resource in every API group/ },
    { name: 'wildcard verbs in a Role, second rule, multi-document', code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n---\n' + role('  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n  - apiGroups: [apps]\n    resources: [deployments]\n    verbs: ["*"]\n', 'Role'), lines: [15], output: null, message: /every verb on deployments/ },
  ],
});
