import { rule } from '../../server/src/rules/kubernetes/K8S076-invalid-port-name';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const svc = (target: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      targetPort: ${target}\n`;
ruleTester(rule, {
  valid: [
    ...validContainerCases('valid name', 'name: a\nimage: a:1\nports:\n  - name: http-metrics\n    containerPort: 9090'),
    { name: 'numeric targetPort', code: svc('8080') },
    { name: 'named targetPort', code: svc('http') },
    { name: 'templated', code: svc('${GRPC_PORT:-9002}') },
  ],
  invalid: [
    ...containerCases({ name: 'too long', container: 'name: a\nimage: a:1\nports:\n  - name: prometheus-metrics\n    containerPort: 9090', lines: [4], message: /`prometheus-metrics`/, fixed: null }),
    ...containerCases({ name: 'upper case', container: 'name: a\nimage: a:1\nports:\n  - name: HTTP\n    containerPort: 80', lines: [4], fixed: null }),
    { name: 'Service targetPort with an underscore', code: svc('http_alt'), lines: [8], message: /targetPort/, output: null },
  ],
});
