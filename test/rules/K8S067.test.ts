import { rule } from '../../server/src/rules/kubernetes/K8S067-legacy-token-secret';
import { ruleTester } from '../helpers/ruleTester';

const secret = (type: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: t\n  annotations:\n    kubernetes.io/service-account.name: ci\ntype: ${type}\n`;
ruleTester(rule, {
  valid: [{ name: 'Opaque', code: secret('Opaque') }],
  invalid: [
    { name: 'token Secret', code: secret('kubernetes.io/service-account-token'), lines: [7], message: /service account `ci`/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ci\n---\n${secret('kubernetes.io/service-account-token')}`, lines: [12], output: null },
  ],
});
