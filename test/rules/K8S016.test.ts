import { rule } from '../../server/src/rules/kubernetes/K8S016-privilege-escalation';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('false', 'name: a\nimage: a:1\nsecurityContext:\n  allowPrivilegeEscalation: false'),
    ...validContainerCases('Windows pods are exempt', 'name: a\nimage: a:1\nsecurityContext:\n  runAsNonRoot: true', 'os:\n  name: windows'),
    ...validContainerCases('no securityContext is K8S001', 'name: a\nimage: a:1'),
  ],
  invalid: [
    ...containerCases({
      name: 'true', container: 'name: a\nimage: a:1\nsecurityContext:\n  allowPrivilegeEscalation: true',
      lines: [4], message: /allows privilege escalation/,
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  allowPrivilegeEscalation: false',
    }),
    ...containerCases({
      name: 'unset', container: 'name: a\nimage: a:1\nsecurityContext:\n  runAsNonRoot: true',
      lines: [3], message: /does not set `allowPrivilegeEscalation: false`/,
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false',
    }),
  ],
});
