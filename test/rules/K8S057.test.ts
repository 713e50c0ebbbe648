import { rule } from '../../server/src/rules/kubernetes/K8S057-service-external-ips';
import { ruleTester } from '../helpers/ruleTester';

const svc = (extra: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n${extra}`;
ruleTester(rule, {
  valid: [{ name: 'none', code: svc('') }, { name: 'empty list', code: svc('  externalIPs: []\n') }],
  invalid: [
    { name: 'externalIPs', code: svc('  externalIPs:\n    - 203.0.113.10\n'), lines: [10], message: /CVE-2020-8554/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${svc('  externalIPs: [203.0.113.10]\n')}`, lines: [15], output: null },
  ],
});
