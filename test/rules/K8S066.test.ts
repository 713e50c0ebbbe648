import { rule } from '../../server/src/rules/kubernetes/K8S066-namespace-pod-security';
import { ruleTester } from '../helpers/ruleTester';

const ns = (labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n${labels}`;
ruleTester(rule, {
  valid: [
    { name: 'restricted', code: ns('  labels:\n    pod-security.kubernetes.io/enforce: restricted\n') },
    { name: 'baseline', code: ns('  labels:\n    pod-security.kubernetes.io/enforce: "baseline"\n') },
  ],
  invalid: [
    { name: 'no labels', code: ns(''), lines: [3], message: /no `pod-security.kubernetes.io\/enforce` label/, output: ns('  labels:\n    pod-security.kubernetes.io/enforce: restricted\n') },
    { name: 'other labels', code: ns('  labels:\n    team: shop\n'), lines: [3], output: ns('  labels:\n    team: shop\n    pod-security.kubernetes.io/enforce: restricted\n') },
    { name: 'privileged, second document', code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n${ns('  labels:\n    pod-security.kubernetes.io/enforce: privileged\n')}`, lines: [11], message: /enforces Pod Security level `privileged`/, output: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n${ns('  labels:\n    pod-security.kubernetes.io/enforce: restricted\n')}` },
  ],
});
