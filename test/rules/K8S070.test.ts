import { rule } from '../../server/src/rules/kubernetes/K8S070-gatekeeper-open-repo-prefix';
import { ruleTester } from '../helpers/ruleTester';

const repos = (list: string) => `apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sAllowedRepos\nmetadata:\n  name: repos\nspec:\n  parameters:\n    repos:\n${list}`;
ruleTester(rule, {
  valid: [{ name: 'closed prefixes', code: repos('      - "gcr.io/my-org/"\n      - "registry.example.com/app:"\n') }],
  invalid: [
    { name: 'open prefix', code: repos('      - "gcr.io/my-org/"\n      - gcr.io/my-org\n'), lines: [9], message: /gcr.io\/my-org-evil/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${repos('      - docker.io\n')}`, lines: [13], output: null },
  ],
});
