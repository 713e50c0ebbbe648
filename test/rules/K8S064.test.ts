import { rule } from '../../server/src/rules/kubernetes/K8S064-removed-api-version';
import { ruleTester } from '../helpers/ruleTester';

const deploy = (api: string, selector: string) => `apiVersion: ${api}\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${selector}  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: a\n          image: a:1\n`;
const SELECTOR = '  selector:\n    matchLabels:\n      app: web\n';
const role = (api: string) => `apiVersion: ${api}\nkind: ClusterRole\nmetadata:\n  name: r\nrules: []\n`;
ruleTester(rule, {
  valid: [
    { name: 'apps/v1', code: deploy('apps/v1', SELECTOR) },
    { name: 'current RBAC', code: role('rbac.authorization.k8s.io/v1') },
  ],
  invalid: [
    { name: 'pure rename', code: role('rbac.authorization.k8s.io/v1beta1'), lines: [1], message: /removed in Kubernetes 1.22/, output: role('rbac.authorization.k8s.io/v1') },
    { name: 'workload with a selector', code: deploy('extensions/v1beta1', SELECTOR), lines: [1], output: deploy('apps/v1', SELECTOR) },
    { name: 'workload without a selector: no fix', code: deploy('apps/v1beta2', ''), lines: [1], message: /set `spec.selector`/, output: null },
    { name: 'Ingress needs field changes, second document', code: `${role('rbac.authorization.k8s.io/v1')}---\napiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: i\nspec: {}\n`, lines: [7], message: /migrate them too/, output: null },
    { name: 'CronJob batch/v1beta1', code: 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n', lines: [1], output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n' },
  ],
});
