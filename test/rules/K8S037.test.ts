import { rule } from '../../server/src/rules/kubernetes/K8S037-low-uid-gid';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [
    ...validContainerCases('high IDs', `${C}\nsecurityContext:\n  runAsUser: 10001\n  runAsGroup: 10001`),
    ...validContainerCases('UID 0 is K8S018', `${C}\nsecurityContext:\n  runAsUser: 0`),
    ...validContainerCases('user namespace', `${C}\nsecurityContext:\n  runAsUser: 1000`, 'hostUsers: false'),
    ...validContainerCases('unset', C),
  ],
  invalid: [
    ...containerCases({ name: 'container UID', container: `${C}\nsecurityContext:\n  runAsUser: 1000`, lines: [4], message: /UID 1000/, fixed: null }),
    ...containerCases({ name: 'pod GID', container: C, pod: 'securityContext:\n  runAsGroup: 2000', lines: [-2], message: /GID 2000/, fixed: null }),
  ],
});
