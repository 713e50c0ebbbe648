// A Deployment or StatefulSet with one replica and no autoscaler in the file.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { nameOf } from './objects';

export const rule: KubernetesRule = {
  id: 'K8S078',
  title: 'Workload runs a single replica',
  kind: 'kubernetes',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: ['polaris:deploymentMissingReplicas', 'kube-linter:minimum-three-replicas'],
  check(model, report) {
    if (model.partial) return;
    const scaled = new Set(model.objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')
      .map((o) => stringAt(mapAt(mapAt(o.map, 'spec'), 'scaleTargetRef'), 'name')));
    for (const object of model.objects) {
      if ((object.kind !== 'Deployment' && object.kind !== 'StatefulSet') || scaled.has(nameOf(object))) continue;
      const spec = pairOf(object.map, 'spec');
      if (!spec || !isMap(spec.value)) continue;
      const pair = pairOf(spec.value, 'replicas');
      if (pair && !(isScalar(pair.value) && pair.value.value === 1)) continue;
      report({
        range: keyRange(model.file.lines, pair ?? spec),
        message: `${describeObject(object)} runs ${pair ? 'one replica' : 'one replica (the default)'}: every restart, node drain or rollout takes it offline. Run at least two, spread over nodes.`,
      });
    }
  },
};
