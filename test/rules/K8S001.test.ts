import { rule } from '../../server/src/rules/kubernetes/K8S001-missing-security-context';
import { ruleTester } from '../helpers/ruleTester';

const deployment = (containers: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
${containers}`;

const RESTRICTED = (pad: string) => [
  'securityContext:',
  '  allowPrivilegeEscalation: false',
  '  capabilities:',
  '    drop:',
  '      - ALL',
  '  readOnlyRootFilesystem: true',
  '  runAsNonRoot: true',
  '  seccompProfile:',
  '    type: RuntimeDefault',
].map((l) => pad + l).join('\n');

ruleTester(rule, {
  valid: [
    { name: 'container with a securityContext', code: deployment('      containers:\n        - name: web\n          image: web:1\n          securityContext:\n            runAsNonRoot: true\n') },
    { name: 'multi-document file: Service and ConfigMap have no containers', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  x: "1"\n' },
    { name: 'Windows pods are exempt', code: deployment('      os:\n        name: windows\n      containers:\n        - name: web\n          image: web:1\n') },
    { name: 'not Kubernetes: a plain YAML file', path: 'values.yaml', code: 'containers:\n  - name: web\n    image: web:1\n' },
  ],
  invalid: [
    {
      name: 'Deployment container (indented sequences)',
      code: deployment('      containers:\n        - name: web\n          image: web:1 # pinned\n'),
      lines: [9],
      message: /container `web` of Deployment `web` has no securityContext/,
      output: deployment(`      containers:\n        - name: web\n          image: web:1 # pinned\n${RESTRICTED('          ')}\n`),
    },
    {
      name: 'init container, flush sequences, pod-level runAsNonRoot and seccomp inherited',
      code: deployment('      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n      initContainers:\n      - name: migrate\n        image: web:1\n      containers:\n      - name: web\n        image: web:1\n        securityContext:\n          allowPrivilegeEscalation: false\n'),
      lines: [13],
      message: /init container `migrate`/,
      output: deployment('      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n      initContainers:\n      - name: migrate\n        image: web:1\n        securityContext:\n          allowPrivilegeEscalation: false\n          capabilities:\n            drop:\n            - ALL\n          readOnlyRootFilesystem: true\n      containers:\n      - name: web\n        image: web:1\n        securityContext:\n          allowPrivilegeEscalation: false\n'),
    },
    {
      name: 'ephemeral container in a Pod, 4-space indentation',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: debug\nspec:\n    containers:\n        -   name: app\n            image: app:1\n            securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n    ephemeralContainers:\n        -   name: shell\n            image: busybox:1.36\n',
      lines: [11],
      message: /ephemeral container `shell` of Pod `debug`/,
      output: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: debug\nspec:\n    containers:\n        -   name: app\n            image: app:1\n            securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n    ephemeralContainers:\n        -   name: shell\n            image: busybox:1.36\n            securityContext:\n                allowPrivilegeEscalation: false\n                capabilities:\n                    drop:\n                        - ALL\n                readOnlyRootFilesystem: true\n                runAsNonRoot: true\n                seccompProfile:\n                    type: RuntimeDefault\n',
    },
    {
      name: 'CronJob in a multi-document file, second document',
      code: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: jobs\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - {name: report, image: "report:2"}\n',
      lines: [17],
      message: /CronJob `nightly`/,
      output: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: jobs\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - {name: report, image: "report:2", securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}}\n',
    },
    {
      name: 'List of workloads, and a broken document that does not silence the others',
      code: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: DaemonSet\n    metadata:\n      name: agent\n    spec:\n      template:\n        spec:\n          containers:\n            - name: agent\n              image: agent:3\n---\nkey: [unclosed\n',
      lines: [12],
      output: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: DaemonSet\n    metadata:\n      name: agent\n    spec:\n      template:\n        spec:\n          containers:\n            - name: agent\n              image: agent:3\n' + RESTRICTED('              ') + '\n---\nkey: [unclosed\n',
    },
  ],
});
