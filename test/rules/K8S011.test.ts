import { rule } from '../../server/src/rules/kubernetes/K8S011-proc-mount';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const UNMASKED = 'name: a\nimage: a:1\nsecurityContext:\n  procMount: Unmasked';
ruleTester(rule, {
  valid: [
    ...validContainerCases('Default', 'name: a\nimage: a:1\nsecurityContext:\n  procMount: Default'),
    ...validContainerCases('Unmasked in a user namespace (v1.35+ baseline)', UNMASKED, 'hostUsers: false'),
  ],
  invalid: containerCases({
    name: 'Unmasked', container: UNMASKED, lines: [4], message: /mounts \/proc as `Unmasked`/,
    fixed: 'name: a\nimage: a:1\nsecurityContext:\n  procMount: Default',
  }),
});
