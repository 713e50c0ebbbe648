import { rule } from '../../server/src/rules/kubernetes/K8S059-load-balancer-source-ranges';
import { ruleTester } from '../helpers/ruleTester';

const svc = (extra: string, annotations = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${annotations}spec:\n  type: LoadBalancer\n  ports:\n    - port: 443\n${extra}`;
ruleTester(rule, {
  valid: [
    { name: 'source ranges', code: svc('  loadBalancerSourceRanges:\n    - 198.51.100.0/24\n') },
    { name: 'internal (AWS)', code: svc('', '  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internal\n') },
    { name: 'ranges by annotation', code: svc('', '  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: 198.51.100.0/24\n') },
  ],
  invalid: [
    { name: 'none', code: svc(''), lines: [6], message: /without `loadBalancerSourceRanges`:/, output: null },
    { name: '0.0.0.0/0, second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${svc('  loadBalancerSourceRanges: [0.0.0.0/0]\n')}`, lines: [14], message: /narrower than everywhere/, output: null },
  ],
});
