import { rule } from '../../server/src/rules/kubernetes/K8S020-proc-mount-restricted';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const UNMASKED = 'name: a\nimage: a:1\nsecurityContext:\n  procMount: Unmasked';
ruleTester(rule, {
  valid: [
    ...validContainerCases('Default in a user namespace', 'name: a\nimage: a:1\nsecurityContext:\n  procMount: Default', 'hostUsers: false'),
    ...validContainerCases('Unmasked without a user namespace is K8S011', UNMASKED),
  ],
  invalid: containerCases({
    name: 'Unmasked in a user namespace', container: UNMASKED, pod: 'hostUsers: false', lines: [4], message: /restricted level still requires Default/,
    fixed: 'name: a\nimage: a:1\nsecurityContext:\n  procMount: Default',
  }),
});
