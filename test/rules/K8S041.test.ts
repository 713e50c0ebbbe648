import { rule } from '../../server/src/rules/kubernetes/K8S041-default-service-account';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [
    ...validContainerCases('own account', C, 'serviceAccountName: app'),
    { name: 'a fragment without images', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n' },
  ],
  invalid: [
    ...containerCases({ name: 'explicit default', container: C, pod: 'serviceAccountName: default', lines: [-1], fixed: null }),
    { name: 'unset', code: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - ${C.replace('\n', '\n      ')}\n`, lines: [5], message: /`default` ServiceAccount/, output: null },
  ],
});
