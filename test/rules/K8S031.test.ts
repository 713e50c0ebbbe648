import { rule } from '../../server/src/rules/kubernetes/K8S031-rbac-exec';
import { ruleTester } from '../helpers/ruleTester';
import { role } from '../helpers/rbacCases';

ruleTester(rule, {
  valid: [{ name: 'pods only', code: role('  - apiGroups: [""]\n    resources: ["pods", "pods/log"]\n    verbs: ["get"]\n') }],
  invalid: [
    { name: 'pods/exec', code: role('  - apiGroups: [""]\n    resources: ["pods/exec"]\n    verbs: ["create"]\n'), lines: [7], output: null, message: /grants pods\/exec/ },
    { name: 'pods/* covers attach and portforward; nodes/proxy', code: role('  - apiGroups: [""]\n    resources: ["pods/*", "nodes/proxy"]\n    verbs: ["get"]\n'), lines: [7], output: null, message: /pods\/exec, pods\/attach, pods\/portforward, nodes\/proxy/ },
  ],
});
