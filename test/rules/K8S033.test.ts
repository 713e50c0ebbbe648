import { rule } from '../../server/src/rules/kubernetes/K8S033-rbac-create-workloads';
import { ruleTester } from '../helpers/ruleTester';
import { role } from '../helpers/rbacCases';

ruleTester(rule, {
  valid: [{ name: 'read-only', code: role('  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch"]\n') }],
  invalid: [{ name: 'create deployments and jobs', code: role('  - apiGroups: ["apps", "batch"]\n    resources: ["deployments", "jobs"]\n    verbs: ["create"]\n'), lines: [7], output: null, message: /deployments, jobs/ }],
});
