import { rule } from '../../server/src/rules/kubernetes/K8S055-memory-empty-dir';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
const MEM = 'volumes:\n  - name: shm\n    emptyDir:\n      medium: Memory';
ruleTester(rule, {
  valid: [
    ...validContainerCases('sizeLimit', C, `${MEM}\n      sizeLimit: 256Mi`),
    ...validContainerCases('disk-backed is K8S054', C, 'volumes:\n  - name: shm\n    emptyDir: {}'),
    { name: 'every container has a memory limit', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  volumes:\n    - name: shm\n      emptyDir: {medium: Memory}\n  containers:\n    - name: a\n      image: a:1\n      resources: {limits: {memory: 1Gi}}\n' },
  ],
  invalid: [...containerCases({ name: 'no limit anywhere', container: C, pod: MEM, lines: [-3], message: /node RAM/, fixed: null })],
});
