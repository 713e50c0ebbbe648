import { rule } from '../../server/src/rules/kubernetes/K8S081-dangling-service';
import { ruleTester } from '../helpers/ruleTester';

const svc = (selector: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    ${selector}\n  ports:\n    - port: 80\n---\n`;
const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: a\n          image: a:1\n';
const job = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: train\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: a:1\n';
ruleTester(rule, {
  valid: [
    { name: 'matches', code: svc('app: web') + deploy },
    { name: 'no pods in the file', code: svc('app: web').replace('---\n', '') },
    { name: 'controller-added label (Job)', code: svc('job-name: train') + job },
  ],
  invalid: [{ name: 'typo', code: svc('app: wbe') + deploy, lines: [6], message: /app=wbe/, output: null }],
});
