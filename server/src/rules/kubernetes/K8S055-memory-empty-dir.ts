// A memory-backed emptyDir (tmpfs) without a sizeLimit.
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { emptyDirsOf } from './volumes';

export const rule: KubernetesRule = {
  id: 'K8S055',
  title: 'Memory-backed emptyDir without sizeLimit',
  kind: 'kubernetes',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: [],
  check(model, report) {
    for (const pod of model.pods) {
      // With a memory limit on every container, the volume is capped by the pod's limits (v1.22+).
      const limited = pod.containers.filter((c) => c.field !== 'ephemeralContainers')
        .every((c) => pairOf(mapAt(mapAt(c.map, 'resources'), 'limits'), 'memory'));
      if (limited) continue;
      for (const dir of emptyDirsOf(pod)) {
        if (!dir.memory || dir.sizeLimit) continue;
        report({
          range: keyRange(model.file.lines, dir.pair),
          message: `${describeObject(pod.object)} has \`medium: Memory\` emptyDir \`${dir.volume.name}\` without \`sizeLimit\`: files written there take node RAM, and without a limit a runaway writer can exhaust it. Set a \`sizeLimit\`.`,
        });
      }
    }
  },
};
