import { rule } from '../../server/src/rules/kubernetes/K8S078-single-replica';
import { ruleTester } from '../helpers/ruleTester';

const deploy = (replicas: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${replicas}  template:\n    spec:\n      containers:\n        - name: a\n          image: a:1\n`;
const HPA = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 5\n---\n';
ruleTester(rule, {
  valid: [
    { name: 'three replicas', code: deploy('  replicas: 3\n') },
    { name: 'scaled by an HPA in the file', code: HPA + deploy('') },
  ],
  invalid: [
    { name: 'replicas: 1', code: deploy('  replicas: 1\n'), lines: [6], message: /runs one replica:/, output: null },
    { name: 'default, second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${deploy('')}`, lines: [10], message: /the default/, output: null },
  ],
});
