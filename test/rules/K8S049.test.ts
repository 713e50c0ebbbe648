import { rule } from '../../server/src/rules/kubernetes/K8S049-probe-port-undeclared';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1\nports:\n  - name: http\n    containerPort: 8080';
ruleTester(rule, {
  valid: [
    ...validContainerCases('declared name', `${C}\nreadinessProbe:\n  httpGet:\n    port: http`),
    ...validContainerCases('number', `${C}\nlivenessProbe:\n  tcpSocket:\n    port: 9090`),
  ],
  invalid: [
    ...containerCases({ name: 'undeclared name', container: `${C}\nreadinessProbe:\n  httpGet:\n    path: /ready\n    port: web`, lines: [9], message: /never ready/, fixed: null }),
  ],
});
