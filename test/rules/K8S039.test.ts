import { rule } from '../../server/src/rules/kubernetes/K8S039-privileged-port';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [...validContainerCases('port 8080', 'name: a\nimage: a:1\nports:\n  - containerPort: 8080')],
  invalid: [...containerCases({ name: 'port 80', container: 'name: a\nimage: a:1\nports:\n  - name: http\n    containerPort: 80', lines: [5], message: /port 80/, fixed: null })],
});
