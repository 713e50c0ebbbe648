import { rule } from '../../server/src/rules/kubernetes/K8S082-dangling-network-policy';
import { ruleTester } from '../helpers/ruleTester';

const np = (selector: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np\nspec:\n  podSelector:${selector}\n  policyTypes: [Ingress]\n---\n`;
const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n    - name: a\n      image: a:1\n';
ruleTester(rule, {
  valid: [
    { name: 'matches', code: np('\n    matchLabels:\n      app: web') + pod },
    { name: 'selects all', code: np(' {}') + pod },
    { name: 'no pods in the file', code: np('\n    matchLabels:\n      app: db') },
  ],
  invalid: [{ name: 'matches nothing here', code: np('\n    matchLabels:\n      app: db') + pod, lines: [6], message: /isolates nothing/, output: null }],
});
