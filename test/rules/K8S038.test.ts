import { rule } from '../../server/src/rules/kubernetes/K8S038-root-group';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [
    ...validContainerCases('non-zero groups', C, 'securityContext:\n  runAsGroup: 1000\n  fsGroup: 2000\n  supplementalGroups: [3000]'),
    ...validContainerCases('user namespace', `${C}\nsecurityContext:\n  runAsGroup: 0`, 'hostUsers: false'),
  ],
  invalid: [
    ...containerCases({ name: 'container runAsGroup 0', container: `${C}\nsecurityContext:\n  runAsGroup: 0`, lines: [4], message: /runAsGroup: 0/, fixed: null }),
    ...containerCases({ name: 'pod fsGroup and supplementalGroups', container: C, pod: 'securityContext:\n  fsGroup: 0\n  supplementalGroups: [0]', lines: [-2, -3], fixed: null }),
  ],
});
