import { rule } from '../../server/src/rules/kubernetes/K8S040-default-service-account-bound';
import { ruleTester } from '../helpers/ruleTester';

const binding = (kind: string, name: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: b\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: reader\nsubjects:\n  - kind: ${kind}\n    name: ${name}\n`;
ruleTester(rule, {
  valid: [
    { name: 'a dedicated account', code: binding('ServiceAccount', 'app') },
    { name: 'a user called default', code: binding('User', 'default') },
  ],
  invalid: [
    { name: 'default account', code: binding('ServiceAccount', 'default'), lines: [11], message: /`default` ServiceAccount/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n---\n${binding('ServiceAccount', 'default')}`, lines: [16], output: null },
  ],
});
