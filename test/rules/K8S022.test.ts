import { rule } from '../../server/src/rules/kubernetes/K8S022-service-account-token';
import { ruleTester } from '../helpers/ruleTester';

const pod = (spec: string, extra = '') => `${extra}apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}  containers:\n    - name: a\n      image: a:1\n`;
const SA = (name: string, off: boolean) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n${off ? 'automountServiceAccountToken: false\n' : ''}---\n`;
const BINDING = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: b\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: r\nsubjects:\n  - kind: ServiceAccount\n    name: operator\n---\n';

ruleTester(rule, {
  valid: [
    { name: 'pod turns it off', code: pod('  automountServiceAccountToken: false\n') },
    { name: 'its ServiceAccount in the same file turns it off', code: pod('  serviceAccountName: app\n', SA('app', true)) },
    { name: 'its ServiceAccount is bound to a Role in the same file: it uses the API', code: pod('  serviceAccountName: operator\n', BINDING) },
  ],
  invalid: [
    {
      name: 'default account, nothing set', code: pod(''), lines: [5], message: /service account `default`/,
      output: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: a:1\n  automountServiceAccountToken: false\n',
    },
    {
      name: 'pod says true although its account says false', code: pod('  serviceAccountName: app\n  automountServiceAccountToken: true\n', SA('app', true)),
      lines: [13], message: /\(explicitly\)/,
      output: pod('  serviceAccountName: app\n  automountServiceAccountToken: false\n', SA('app', true)),
    },
    {
      name: 'CronJob', code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: "a:1"}]\n',
      lines: [9],
      output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: "a:1"}]\n          automountServiceAccountToken: false\n',
    },
  ],
});
