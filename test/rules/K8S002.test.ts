import { rule } from '../../server/src/rules/kubernetes/K8S002-capabilities-not-dropped';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases } from '../helpers/k8sCases';

const pod = (context: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: app:1
      securityContext:
${context}${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'drop ALL', code: pod('        capabilities:\n          drop: ["ALL"]\n          add: ["NET_BIND_SERVICE"]\n') },
    { name: 'no securityContext at all is K8S001, not this rule', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: a\n      image: a:1\n' },
    { name: 'multi-document: both containers drop ALL', code: pod('        capabilities: {drop: [ALL]}\n') + '---\n' + pod('        capabilities:\n          drop:\n            - ALL\n') },
  ],
  invalid: [
    {
      name: 'securityContext without capabilities',
      code: pod('        runAsNonRoot: true # set by platform team\n'),
      lines: [9],
      output: pod('        runAsNonRoot: true # set by platform team\n        capabilities:\n          drop:\n            - ALL\n'),
    },
    {
      name: 'capabilities with add only (NET_BIND_SERVICE kept)',
      code: pod('        capabilities:\n          add: ["NET_BIND_SERVICE"]\n'),
      lines: [10],
      output: pod('        capabilities:\n          add: ["NET_BIND_SERVICE"]\n          drop:\n            - ALL\n'),
    },
    {
      name: 'drop list without ALL, flow style, in an init container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  initContainers:\n    - name: init\n      image: app:1\n      securityContext:\n        capabilities:\n          drop: ["NET_RAW"]\n  containers: []\n',
      lines: [11],
      message: /init container `init`/,
      output: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  initContainers:\n    - name: init\n      image: app:1\n      securityContext:\n        capabilities:\n          drop: ["NET_RAW", ALL]\n  containers: []\n',
    },
    {
      name: 'block drop list with lower-case all (PSA wants ALL), in a CronJob',
      message: /accepts only `ALL` in upper case/,
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: c\n            image: c:1\n            securityContext:\n              capabilities:\n                drop:\n                - all\n',
      lines: [15],
      output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: c\n            image: c:1\n            securityContext:\n              capabilities:\n                drop:\n                - ALL\n',
    },
    {
      name: 'empty securityContext in an ephemeral container, second document',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  ephemeralContainers:\n    - name: dbg\n      image: busybox:1.36\n      securityContext:\n',
      lines: [14],
      output: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  ephemeralContainers:\n    - name: dbg\n      image: busybox:1.36\n      securityContext:\n        capabilities:\n          drop:\n            - ALL\n',
    },
    ...containerCases({
      name: 'adds beyond NET_BIND_SERVICE are removed with the drop fix',
      container: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    add:\n      - NET_BIND_SERVICE\n      - CHOWN # legacy',
      lines: [4],
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    add:\n      - NET_BIND_SERVICE\n    drop:\n      - ALL',
    }),
    ...containerCases({
      name: 'drop ALL but a default capability added back',
      container: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    drop: [ALL]\n    add: [CHOWN, NET_BIND_SERVICE]',
      lines: [6],
      message: /allows adding back only NET_BIND_SERVICE/,
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_BIND_SERVICE]',
    }),
    {
      name: 'only forbidden adds: the add key becomes the drop',
      code: pod('        capabilities:\n          add: ["NET_RAW"]\n'),
      lines: [10],
      output: pod('        capabilities:\n          drop:\n            - ALL\n'),
    },
  ],
});
