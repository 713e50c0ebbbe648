import { rule } from '../../server/src/rules/kubernetes/K8S060-network-policy-missing';
import { ruleTester } from '../helpers/ruleTester';

const policy = (selector: string, ns = '') => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np\n${ns}spec:\n  podSelector:${selector}\n  policyTypes: [Ingress]\n---\n`;
const deploy = (app: string, ns = '') => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n${ns}spec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n        - name: a\n          image: a:1\n`;
ruleTester(rule, {
  valid: [
    { name: 'no NetworkPolicy in the file: nothing to compare with', code: deploy('web') },
    { name: 'selected by labels', code: policy('\n    matchLabels:\n      app: web') + deploy('web') },
    { name: 'empty selector selects all', code: policy(' {}') + deploy('web') },
    { name: 'matchExpressions', code: policy('\n    matchExpressions:\n      - {key: app, operator: In, values: [web, api]}') + deploy('web') },
    { name: 'policy in another namespace says nothing', code: policy('\n    matchLabels:\n      app: db', '  namespace: other\n') + deploy('web') },
  ],
  invalid: [
    { name: 'left out', code: policy('\n    matchLabels:\n      app: db') + deploy('web'), lines: [23], message: /Deployment `web`/, output: null },
  ],
});
