// A probe that names a port the container does not declare: the kubelet cannot resolve it.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { mapAt, nodeRange, pairOf, seqAt, stringAt } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

export const rule: KubernetesRule = {
  id: 'K8S049',
  title: 'Probe uses a port name the container does not declare',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:liveness-port', 'kube-linter:readiness-port', 'kube-linter:startup-port'],
  check(model, report) {
    for (const container of model.containers) {
      if (!PROBES.some((p) => pairOf(container.map, p)) || isPartialContainer(model, container)) continue; // the ports may come from the base
      const names = new Set((seqAt(container.map, 'ports')?.items ?? []).filter(isMap).map((p) => stringAt(p, 'name')));
      for (const probe of PROBES) {
        for (const action of ['httpGet', 'tcpSocket']) {
          const pair = pairOf(mapAt(mapAt(container.map, probe), action), 'port');
          const port = pair && isScalar(pair.value) ? pair.value.value : undefined;
          if (typeof port !== 'string' || /^\d+$/.test(port) || names.has(port)) continue;
          report({
            range: nodeRange(model.file.lines, pair!.value),
            message: `The ${probe} of the ${describeContainer(container)} uses port \`${port}\`, which no entry of its \`ports\` names: the probe fails and the container is ${probe === 'readinessProbe' ? 'never ready' : 'restarted over and over'}.`,
          });
        }
      }
    }
  },
};
