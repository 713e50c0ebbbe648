// A PodDisruptionBudget that allows no voluntary disruption: node drains hang.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S075',
  title: 'PodDisruptionBudget blocks every eviction',
  kind: 'kubernetes',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:pdb-max-unavailable', 'kube-linter:pdb-min-available', 'polaris:pdbDisruptionsIsZero'],
  check(model, report) {
    for (const pdb of model.objects) {
      if (pdb.kind !== 'PodDisruptionBudget') continue;
      const spec = mapAt(pdb.map, 'spec');
      for (const [key, blocking] of [['maxUnavailable', ['0', '0%']], ['minAvailable', ['100%']]] as const) {
        const pair = pairOf(spec, key);
        if (!pair || !isScalar(pair.value) || !(blocking as readonly string[]).includes(String(pair.value.value))) continue;
        report({
          range: keyRange(model.file.lines, pair),
          message: `${describeObject(pdb)} sets \`${key}: ${String(pair.value.value)}\`: no pod it covers may ever be evicted, so node drains, upgrades and autoscaler scale-downs wait forever. Allow at least one disruption.`,
        });
      }
    }
  },
};
