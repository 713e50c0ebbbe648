import { rule } from '../../server/src/rules/kubernetes/K8S030-rbac-read-secrets';
import { ruleTester } from '../helpers/ruleTester';
import { role } from '../helpers/rbacCases';

ruleTester(rule, {
  valid: [
    { name: 'secrets in another group, or create only', code: role('  - apiGroups: ["example.com"]\n    resources: ["secrets"]\n    verbs: ["get"]\n  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["create"]\n') },
    { name: 'wildcards are K8S029', code: role('  - apiGroups: [""]\n    resources: ["*"]\n    verbs: ["get"]\n') },
  ],
  invalid: [{ name: 'list secrets', code: role('  - apiGroups: [""]\n    resources: ["secrets", "configmaps"]\n    verbs: ["list", "watch"]\n', 'Role'), lines: [7], output: null, message: /Role `r` can read Secrets/ }],
});
