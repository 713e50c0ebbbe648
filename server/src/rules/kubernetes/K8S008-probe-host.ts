// PSS baseline hostProbesAndHostLifecycle (v1.34+): probes and hooks aimed at another host.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, type YamlMap } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { removeOrNeutralize } from '../../engine/yaml/edit';

const HANDLERS: [string, string][] = [
  ['livenessProbe', 'liveness probe'], ['readinessProbe', 'readiness probe'], ['startupProbe', 'startup probe'],
];

export const rule: KubernetesRule = {
  id: 'K8S008',
  title: 'Probe or lifecycle hook targets another host',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'network',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:hostProbesAndHostLifecycle'],
  check(model, report) {
    for (const container of model.containers) {
      const lifecycle = mapAt(container.map, 'lifecycle');
      const handlers: [YamlMap | undefined, string][] = [
        ...HANDLERS.map(([key, what]): [YamlMap | undefined, string] => [mapAt(container.map, key), what]),
        [mapAt(lifecycle, 'postStart'), 'postStart hook'], [mapAt(lifecycle, 'preStop'), 'preStop hook'],
      ];
      for (const [handler, what] of handlers) {
        for (const action of ['httpGet', 'tcpSocket']) {
          const target = mapAt(handler, action);
          const pair = pairOf(target, 'host');
          if (!pair || !isScalar(pair.value) || pair.value.value === '' || pair.value.value === null) continue;
          report({
            range: keyRange(model.file.lines, pair),
            message: `The ${what} of the ${describeContainer(container)} connects to \`${String(pair.value.value)}\`: the kubelet makes that request from the node, so a pod can use it to reach node-local or internal services. The baseline level (v1.34+) forbids \`host\` here.`,
            fixes: [{ title: 'Remove host (probe the pod itself)', edits: [removeOrNeutralize(model.file, target!, pair, '""')] }],
          });
        }
      }
    }
  },
};
