import { rule } from '../../server/src/rules/kubernetes/K8S012-seccomp-unconfined';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [...validContainerCases('RuntimeDefault, Localhost, unset', 'name: a\nimage: a:1\nsecurityContext:\n  seccompProfile:\n    type: Localhost\n    localhostProfile: p.json', 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault')],
  invalid: [
    ...containerCases({
      name: 'container Unconfined', container: 'name: a\nimage: a:1\nsecurityContext:\n  seccompProfile: {type: Unconfined}',
      lines: [4], fixed: 'name: a\nimage: a:1\nsecurityContext:\n  seccompProfile: {type: RuntimeDefault}',
    }),
    ...containerCases({
      name: 'pod Unconfined', container: 'name: a\nimage: a:1', pod: 'securityContext:\n  seccompProfile:\n    type: Unconfined # debugging',
      lines: [-3], message: /pod of .* sets seccomp profile `Unconfined`/,
      fixed: 'name: a\nimage: a:1', fixedPod: 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault # debugging',
    }),
  ],
});
