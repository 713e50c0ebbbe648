import { rule } from '../../server/src/rules/kubernetes/K8S068-tls-verify-disabled';
import { ruleTester } from '../helpers/ruleTester';

const kubeconfig = (cluster: string) => `apiVersion: v1\nkind: Config\nclusters:\n  - name: prod\n    cluster:\n      server: https://203.0.113.5:6443\n${cluster}users: []\n`;
const api = (skip: string) => `apiVersion: apiregistration.k8s.io/v1\nkind: APIService\nmetadata:\n  name: v1beta1.metrics.k8s.io\nspec:\n  group: metrics.k8s.io\n  version: v1beta1\n${skip}`;
ruleTester(rule, {
  valid: [
    { name: 'kubeconfig with a CA', code: kubeconfig('      certificate-authority-data: LS0t\n') },
    { name: 'APIService with a caBundle', code: api('  caBundle: LS0t\n') },
  ],
  invalid: [
    { name: 'kubeconfig', code: kubeconfig('      insecure-skip-tls-verify: true\n'), lines: [7], message: /cluster `prod`/, output: null },
    { name: 'APIService, second document', code: `${kubeconfig('')}---\n${api('  insecureSkipTLSVerify: true\n')}`, lines: [16], output: null },
  ],
});
