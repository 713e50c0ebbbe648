import { rule } from '../../server/src/rules/kubernetes/K8S071-scc-privileged';
import { ruleTester } from '../helpers/ruleTester';

const scc = (v: boolean) => `apiVersion: security.openshift.io/v1\nkind: SecurityContextConstraints\nmetadata:\n  name: app\nallowPrivilegedContainer: ${v}\nrunAsUser:\n  type: MustRunAsRange\n`;
ruleTester(rule, {
  valid: [{ name: 'false', code: scc(false) }],
  invalid: [
    { name: 'true', code: scc(true), lines: [5], message: /root on the node/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${scc(true)}`, lines: [10], output: null },
  ],
});
