import { rule } from '../../server/src/rules/kubernetes/K8S047-secret-env-from';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [
    ...validContainerCases('ConfigMap', `${C}\nenvFrom:\n  - configMapRef:\n      name: cfg`),
    ...validContainerCases('one key by secretKeyRef', `${C}\nenv:\n  - name: TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: s\n        key: token`),
  ],
  invalid: [...containerCases({ name: 'whole Secret', container: `${C}\nenvFrom:\n  - secretRef:\n      name: app-secrets`, lines: [4], message: /`app-secrets`/, fixed: null })],
});
