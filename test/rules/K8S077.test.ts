import { rule } from '../../server/src/rules/kubernetes/K8S077-ssh-port';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('other ports', 'name: a\nimage: a:1\nports:\n  - containerPort: 8022'),
    ...validContainerCases('UDP 22', 'name: a\nimage: a:1\nports:\n  - containerPort: 22\n    protocol: UDP'),
  ],
  invalid: [...containerCases({ name: 'port 22', container: 'name: a\nimage: a:1\nports:\n  - name: ssh\n    containerPort: 22', lines: [5], message: /kubectl exec/, fixed: null })],
});
