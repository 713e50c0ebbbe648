import { rule } from '../../server/src/rules/kubernetes/K8S080-service-account-not-in-file';
import { ruleTester } from '../helpers/ruleTester';

const sa = (name: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n---\n`;
const pod = (account: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  serviceAccountName: ${account}\n  containers:\n    - name: a\n      image: a:1\n`;
ruleTester(rule, {
  valid: [
    { name: 'defined beside it', code: sa('app') + pod('app') },
    { name: 'the file defines no accounts: say nothing', code: pod('app') },
    { name: 'accounts of another namespace', code: sa('app').replace('  name: app\n', '  name: app\n  namespace: other\n') + pod('web') },
  ],
  invalid: [{ name: 'typo', code: sa('app') + pod('ap'), lines: [11], message: /defines `app`/, output: null }],
});
