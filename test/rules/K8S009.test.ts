import { rule } from '../../server/src/rules/kubernetes/K8S009-apparmor-unconfined';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('RuntimeDefault and Localhost', 'name: a\nimage: a:1\nsecurityContext:\n  appArmorProfile:\n    type: Localhost\n    localhostProfile: k8s-nginx', 'securityContext:\n  appArmorProfile:\n    type: RuntimeDefault'),
    { name: 'annotations runtime/default and localhost/*', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: runtime/default\n    container.apparmor.security.beta.kubernetes.io/b: localhost/k8s-b\nspec:\n  containers:\n    - name: a\n      image: a:1\n' },
  ],
  invalid: [
    ...containerCases({
      name: 'container field Unconfined',
      container: 'name: a\nimage: a:1\nsecurityContext:\n  appArmorProfile:\n    type: Unconfined',
      lines: [5], message: /AppArmor profile `Unconfined`/,
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  appArmorProfile:\n    type: RuntimeDefault',
    }),
    ...containerCases({
      name: 'pod field Unconfined',
      container: 'name: a\nimage: a:1', pod: 'securityContext:\n  appArmorProfile:\n    type: Unconfined',
      lines: [-3], fixed: 'name: a\nimage: a:1', fixedPod: 'securityContext:\n  appArmorProfile:\n    type: RuntimeDefault',
    }),
    {
      name: 'unconfined annotation on a Deployment pod template',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    metadata:\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/a: unconfined\n    spec:\n      containers:\n        - name: a\n          image: a:1\n',
      lines: [9], message: /container `a` with AppArmor profile `unconfined`/,
      output: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    metadata:\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/a: runtime/default\n    spec:\n      containers:\n        - name: a\n          image: a:1\n',
    },
  ],
});
