import { rule } from '../../server/src/rules/kubernetes/K8S032-rbac-escalation';
import { ruleTester } from '../helpers/ruleTester';
import { role } from '../helpers/rbacCases';

ruleTester(rule, {
  valid: [{ name: 'reading bindings', code: role('  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["rolebindings"]\n    verbs: ["get", "list"]\n') }],
  invalid: [
    { name: 'impersonate users', code: role('  - apiGroups: [""]\n    resources: ["users", "groups"]\n    verbs: ["impersonate"]\n'), lines: [7], output: null, message: /`impersonate` on users, groups/ },
    { name: 'create rolebindings and bind', code: role('  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["rolebindings", "clusterroles"]\n    verbs: ["create", "bind"]\n'), lines: [7], output: null, message: /`bind` on .* and writing rolebindings/ },
  ],
});
