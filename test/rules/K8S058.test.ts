import { rule } from '../../server/src/rules/kubernetes/K8S058-service-exposed';
import { ruleTester } from '../helpers/ruleTester';

const svc = (type: string, annotations = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${annotations}spec:\n  type: ${type}\n  ports:\n    - port: 80\n`;
ruleTester(rule, {
  valid: [
    { name: 'ClusterIP', code: svc('ClusterIP') },
    { name: 'internal load balancer', code: svc('LoadBalancer', '  annotations:\n    networking.gke.io/load-balancer-type: Internal\n') },
  ],
  invalid: [
    { name: 'NodePort', code: svc('NodePort'), lines: [6], message: /NodePort/, output: null },
    { name: 'LoadBalancer, second document', code: `${svc('ClusterIP')}---\n${svc('LoadBalancer')}`, lines: [15], message: /LoadBalancer/, output: null },
  ],
});
