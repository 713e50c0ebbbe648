import { rule } from '../../server/src/rules/kubernetes/K8S048-probes-missing';
import { ruleTester } from '../helpers/ruleTester';

const PROBED = '    - name: main\n      image: a:1\n      livenessProbe:\n        httpGet: {path: /healthz, port: 8080}\n      readinessProbe:\n        httpGet: {path: /ready, port: 8080}\n';
const deploy = (containers: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n${containers.replace(/^/gm, '    ')}`;

ruleTester(rule, {
  valid: [
    { name: 'both probes', code: deploy(PROBED) },
    { name: 'init and ephemeral containers take no probes', code: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n    - name: init\n      image: a:1\n  containers:\n${PROBED}  ephemeralContainers:\n    - name: debug\n      image: a:1\n` },
    { name: 'CronJob runs to completion', code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: "a:1"}]\n' },
  ],
  invalid: [
    { name: 'no probes', code: deploy('    - name: main\n      image: a:1\n'), lines: [9], message: /livenessProbe or readinessProbe/, output: null },
    { name: 'readiness only, second document', code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n---\n${deploy('    - name: main\n      image: a:1\n      readinessProbe:\n        tcpSocket: {port: 8080}\n')}`, lines: [14], message: /no livenessProbe:/, output: null },
  ],
});
