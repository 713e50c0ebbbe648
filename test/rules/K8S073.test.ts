import { rule } from '../../server/src/rules/kubernetes/K8S073-selector-mismatch';
import { ruleTester } from '../helpers/ruleTester';

const deploy = (selector: string, labels = 'app: web') => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n${selector}  template:\n    metadata:\n      labels:\n        ${labels}\n    spec:\n      containers:\n        - name: a\n          image: a:1\n`;
const RC = (sel: string) => `apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: rc\nspec:\n  selector:\n    app: ${sel}\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: a\n          image: a:1\n`;
ruleTester(rule, {
  valid: [
    { name: 'matchLabels agree', code: deploy('    matchLabels:\n      app: web\n') },
    { name: 'matchExpressions agree', code: deploy('    matchExpressions:\n      - {key: app, operator: In, values: [web]}\n') },
    { name: 'ReplicationController agrees', code: RC('web') },
  ],
  invalid: [
    { name: 'matchLabels differ', code: deploy('    matchLabels:\n      app: api\n'), lines: [6], message: /rejects it/, output: null },
    { name: 'ReplicationController, second document', code: `${deploy('    matchLabels:\n      app: web\n')}---\n${RC('api')}`, lines: [23], output: null },
  ],
});
