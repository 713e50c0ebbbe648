import { rule } from '../../server/src/rules/kubernetes/K8S018-run-as-root-uid';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('non-zero UID', 'name: a\nimage: a:1\nsecurityContext:\n  runAsUser: 10001', 'securityContext:\n  runAsUser: 1000'),
    ...validContainerCases('UID 0 in a user namespace (v1.35+)', 'name: a\nimage: a:1\nsecurityContext:\n  runAsUser: 0', 'hostUsers: false'),
  ],
  invalid: [
    ...containerCases({ name: 'container UID 0', container: 'name: a\nimage: a:1\nsecurityContext:\n  runAsUser: 0', lines: [4], fixed: null, message: /runs as UID 0/ }),
    ...containerCases({ name: 'pod UID 0', container: 'name: a\nimage: a:1', pod: 'securityContext:\n  runAsUser: 0', lines: [-2], fixed: null }),
  ],
});
