import { rule } from '../../server/src/rules/kubernetes/K8S017-run-as-non-root';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const SC = 'name: a\nimage: a:1\nsecurityContext:\n  allowPrivilegeEscalation: false';
ruleTester(rule, {
  valid: [
    ...validContainerCases('inherited from the pod', SC, 'securityContext:\n  runAsNonRoot: true'),
    ...validContainerCases('container true, pod false', 'name: a\nimage: a:1\nsecurityContext:\n  runAsNonRoot: true', 'securityContext:\n  runAsNonRoot: false'),
    ...validContainerCases('user namespace (v1.35+)', SC, 'hostUsers: false'),
  ],
  invalid: [
    ...containerCases({
      name: 'unset everywhere: the pod gets it', container: SC, lines: [3], message: /neither it nor its pod/,
      pod: 'serviceAccountName: app', fixed: SC, appendedPod: 'securityContext:\n  runAsNonRoot: true',
    }),
    ...containerCases({
      name: 'container false overrides a true pod', container: 'name: a\nimage: a:1\nsecurityContext:\n  runAsNonRoot: false',
      pod: 'securityContext:\n  runAsNonRoot: true', lines: [4], message: /sets `runAsNonRoot: false`/,
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  runAsNonRoot: true',
    }),
    ...containerCases({
      name: 'pod false', container: SC, pod: 'securityContext:\n  runAsNonRoot: false', lines: [3],
      fixed: SC, fixedPod: 'securityContext:\n  runAsNonRoot: true',
    }),
  ],
});
