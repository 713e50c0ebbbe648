import { rule } from '../../server/src/rules/kubernetes/K8S065-pod-security-policy';
import { ruleTester } from '../helpers/ruleTester';

const PSP = 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec:\n  privileged: false\n';
ruleTester(rule, {
  valid: [{ name: 'a Namespace with Pod Security labels', code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n' }],
  invalid: [
    { name: 'PSP', code: PSP, lines: [2], message: /removed in Kubernetes 1.25/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${PSP}`, lines: [7], output: null },
  ],
});
