// A container port below 1024: binding it needs root or NET_BIND_SERVICE.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf, seqAt } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S039',
  title: 'Container listens on a privileged port',
  kind: 'kubernetes',
  severity: 'off',
  category: 'network',
  fixable: false,
  references: ['trivy:KSV-0117', 'kube-linter:privileged-ports'],
  check(model, report) {
    for (const container of model.containers) {
      for (const port of seqAt(container.map, 'ports')?.items ?? []) {
        const pair = isMap(port) ? pairOf(port, 'containerPort') : undefined;
        const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
        if (typeof value !== 'number' || value <= 0 || value >= 1024) continue;
        report({
          range: nodeRange(model.file.lines, pair!.value),
          message: `The ${describeContainer(container)} listens on port ${value}: ports below 1024 need root or the NET_BIND_SERVICE capability, which pushes the image towards running privileged. Listen on a port above 1024 and map it in the Service.`,
        });
      }
    }
  },
};
