import { rule } from '../../server/src/rules/kubernetes/K8S034-rbac-sensitive';
import { ruleTester } from '../helpers/ruleTester';
import { role } from '../helpers/rbacCases';

ruleTester(rule, {
  valid: [{ name: 'reading configmaps', code: role('  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["get", "watch"]\n') }],
  invalid: [
    { name: 'webhooks', code: role('  - apiGroups: ["admissionregistration.k8s.io"]\n    resources: ["mutatingwebhookconfigurations"]\n    verbs: ["patch"]\n'), lines: [7], output: null },
    { name: 'services/status', code: role('  - apiGroups: [""]\n    resources: ["services/status"]\n    verbs: ["update"]\n'), lines: [7], output: null, message: /services\/status/ },
  ],
});
