import { rule } from '../../server/src/rules/kubernetes/K8S019-seccomp-not-set';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const SC = 'name: a\nimage: a:1\nsecurityContext:\n  allowPrivilegeEscalation: false';
ruleTester(rule, {
  valid: [
    ...validContainerCases('pod RuntimeDefault', SC, 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault'),
    ...validContainerCases('container Localhost', 'name: a\nimage: a:1\nsecurityContext:\n  seccompProfile:\n    type: Localhost\n    localhostProfile: p.json'),
    ...validContainerCases('Windows pods are exempt', SC, 'os:\n  name: windows'),
    ...validContainerCases('Unconfined is K8S012', 'name: a\nimage: a:1\nsecurityContext:\n  seccompProfile:\n    type: Unconfined'),
  ],
  invalid: [
    ...containerCases({ name: 'unset: the pod gets RuntimeDefault', container: SC, lines: [3], fixed: SC, appendedPod: 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault' }),
    ...containerCases({
      name: 'pod securityContext without seccomp', container: SC, pod: 'securityContext:\n  runAsNonRoot: true', lines: [3],
      fixed: SC, fixedPod: 'securityContext:\n  runAsNonRoot: true\n  seccompProfile:\n    type: RuntimeDefault',
    }),
  ],
});
