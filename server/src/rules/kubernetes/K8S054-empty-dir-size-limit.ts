// emptyDir on the node's disk without a sizeLimit.
import type { KubernetesRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { emptyDirsOf } from './volumes';

export const rule: KubernetesRule = {
  id: 'K8S054',
  title: 'emptyDir volume without sizeLimit',
  kind: 'kubernetes',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: [],
  check(model, report) {
    for (const pod of model.pods) {
      for (const dir of emptyDirsOf(pod)) {
        if (dir.memory || dir.sizeLimit) continue; // memory-backed ones are K8S055's
        report({
          range: keyRange(model.file.lines, dir.pair),
          message: `${describeObject(pod.object)} has emptyDir volume \`${dir.volume.name}\` without \`sizeLimit\`: it can fill the node's disk and get every pod on the node evicted. Set a \`sizeLimit\`.`,
        });
      }
    }
  },
};
