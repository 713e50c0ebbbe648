import { rule } from '../../server/src/rules/kubernetes/K8S053-host-users';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
const POD = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: a:1\n`;
ruleTester(rule, {
  valid: [
    ...validContainerCases('hostUsers: false', C, 'hostUsers: false'),
    ...validContainerCases('Windows', C, 'os:\n  name: windows'),
  ],
  invalid: [
    ...containerCases({ name: 'hostUsers: true', container: C, pod: 'hostUsers: true', lines: [-1], fixed: C, fixedPod: 'hostUsers: false' }),
    ...containerCases({ name: 'with hostNetwork: no fix', container: C, pod: 'hostNetwork: true\nhostUsers: true', lines: [-2], fixed: null }),
    ...containerCases({ name: 'with a custom procMount: no fix', container: `${C}\nsecurityContext:\n  procMount: Unmasked`, pod: 'hostUsers: true', lines: [-1], fixed: null }),
    { name: 'unset', code: POD, lines: [5], message: /hostUsers: false/, output: `${POD}  hostUsers: false\n` },
  ],
});
