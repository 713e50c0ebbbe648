import { rule } from '../../server/src/rules/kubernetes/K8S075-pdb-blocks-evictions';
import { ruleTester } from '../helpers/ruleTester';

const pdb = (field: string) => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  ${field}\n  selector:\n    matchLabels:\n      app: web\n`;
ruleTester(rule, {
  valid: [{ name: 'maxUnavailable: 1', code: pdb('maxUnavailable: 1') }, { name: 'minAvailable: 50%', code: pdb('minAvailable: 50%') }],
  invalid: [
    { name: 'maxUnavailable: 0', code: pdb('maxUnavailable: 0'), lines: [6], message: /wait forever/, output: null },
    { name: 'minAvailable: 100%, second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${pdb('minAvailable: "100%"')}`, lines: [11], output: null },
  ],
});
