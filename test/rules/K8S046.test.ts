import { rule } from '../../server/src/rules/kubernetes/K8S046-resources-missing';
import { ruleTester } from '../helpers/ruleTester';

const FULL = 'resources:\n  requests:\n    cpu: 100m\n    memory: 64Mi\n  limits:\n    memory: 64Mi';
const ind = (t: string, n: number) => t.split('\n').map((l) => ' '.repeat(n) + l).join('\n');
const pod = (body: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${body}`;
const main = `  containers:\n    - name: main\n      image: a:1\n${ind(FULL, 6)}\n`;

ruleTester(rule, {
  valid: [
    { name: 'requests and a memory limit; no CPU limit needed', code: pod(main) },
    { name: 'ephemeral containers take no resources', code: pod(`${main}  ephemeralContainers:\n    - name: debug\n      image: busybox:1\n`) },
    { name: 'a fragment without an image', code: pod('  containers:\n    - name: main\n') },
  ],
  invalid: [
    { name: 'nothing set', code: pod('  containers:\n    - name: main\n      image: a:1\n'), lines: [7], message: /requests.cpu, requests.memory, limits.memory/, output: null },
    { name: 'init container', code: pod(`  initContainers:\n    - name: init\n      image: a:1\n      resources:\n        requests:\n          cpu: 10m\n${main}`), lines: [9], message: /requests.memory, limits.memory/, output: null },
    {
      name: 'CronJob', output: null, lines: [10],
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: "a:1"}]\n',
    },
    { name: 'second document', code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n---\n${pod('  containers:\n    - name: main\n      image: a:1\n')}`, lines: [12], output: null },
  ],
});
