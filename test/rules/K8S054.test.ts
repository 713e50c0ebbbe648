import { rule } from '../../server/src/rules/kubernetes/K8S054-empty-dir-size-limit';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [
    ...validContainerCases('sizeLimit', C, 'volumes:\n  - name: cache\n    emptyDir:\n      sizeLimit: 1Gi'),
    ...validContainerCases('memory-backed is K8S055', C, 'volumes:\n  - name: cache\n    emptyDir:\n      medium: Memory'),
  ],
  invalid: [...containerCases({ name: 'no sizeLimit', container: C, pod: 'volumes:\n  - name: cache\n    emptyDir: {}', lines: [-3], message: /`cache`/, fixed: null })],
});
