import { rule } from '../../server/src/rules/kubernetes/K8S069-git-sync-git-binary';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: git-sync\nimage: registry.k8s.io/git-sync/git-sync:v4.2.1';
ruleTester(rule, {
  valid: [...validContainerCases('repo and period only', `${C}\nenv:\n  - name: GITSYNC_REPO\n    value: https://example.com/repo.git`)],
  invalid: [
    ...containerCases({ name: 'env', container: `${C}\nenv:\n  - name: GITSYNC_GIT\n    value: /tmp/git`, lines: [4], message: /git executable/, fixed: null }),
    ...containerCases({ name: 'flag', container: `${C}\nargs:\n  - --repo=https://example.com/r.git\n  - --git=/tmp/git`, lines: [5], fixed: null }),
  ],
});
