import { rule } from '../../server/src/rules/kubernetes/K8S003-host-namespaces';
import { ruleTester } from '../helpers/ruleTester';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}  containers:\n    - name: a\n      image: a:1\n`;

ruleTester(rule, {
  valid: [
    { name: 'false or absent', code: pod('  hostNetwork: false\n  hostPID: false\n') },
    { name: 'no pod spec fields', code: pod('') },
  ],
  invalid: [
    {
      name: 'hostNetwork, hostPID and hostIPC in a Pod; the line is removed',
      code: pod('  hostNetwork: true # for the CNI\n  hostPID: true\n  hostIPC: true\n'),
      lines: [6, 7, 8],
      message: /shares the node's/,
      output: pod('  hostPID: true\n  hostIPC: true\n'),
    },
    {
      name: 'CronJob in a multi-document file, flow mapping: set to false',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: j\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec: {hostPID: true, containers: [{name: a, image: "a:1"}]}\n',
      lines: [14],
      output: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: j\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec: {hostPID: false, containers: [{name: a, image: "a:1"}]}\n',
    },
  ],
});
