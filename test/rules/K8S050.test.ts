import { rule } from '../../server/src/rules/kubernetes/K8S050-default-namespace';
import { ruleTester } from '../helpers/ruleTester';

const cm = (ns?: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n${ns ? `  namespace: ${ns}\n` : ''}data:\n  a: b\n`;
const pod = (ns: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ${ns}\nspec:\n  containers:\n    - name: a\n      image: a:1\n`;
ruleTester(rule, {
  valid: [
    { name: 'no namespace: set at apply time', code: cm() },
    { name: 'own namespace', code: cm('shop') },
    { name: 'non-workload in kube-system', code: cm('kube-system') },
  ],
  invalid: [
    { name: 'default', code: cm('default'), lines: [5], message: /`default` namespace/, output: null },
    { name: 'workload in kube-system, second document', code: `${cm('shop')}---\n${pod('kube-system')}`, lines: [13], message: /kube-system/, output: null },
  ],
});
