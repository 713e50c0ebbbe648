// shareProcessNamespace: every container sees, signals and reads the others' processes.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { removeOrNeutralize } from '../../engine/yaml/edit';
import { isTrue } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S052',
  title: 'Containers share one process namespace',
  kind: 'kubernetes',
  severity: 'info',
  category: 'isolation',
  fixable: true,
  references: [],
  check(model, report) {
    for (const pod of model.pods) {
      const pair = pairOf(pod.spec, 'shareProcessNamespace');
      if (!pair || !isTrue(pair.value)) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `${describeObject(pod.object)} sets \`shareProcessNamespace: true\`: each container can see and signal the others' processes and read their environment and files through /proc/<pid>/root, secrets included. Use it only for debugging or a sidecar that needs it.`,
        fixes: [{ title: 'Remove shareProcessNamespace', edits: [removeOrNeutralize(model.file, pod.spec, pair, 'false')] }],
      });
    }
  },
};
