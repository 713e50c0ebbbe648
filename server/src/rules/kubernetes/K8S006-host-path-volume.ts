// PSS baseline hostPathVolumes: any hostPath volume.
import type { KubernetesRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { hostPathOf, volumesOf } from './volumes';

export const rule: KubernetesRule = {
  id: 'K8S006',
  title: 'Pod mounts a hostPath volume',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:hostPathVolumes', 'trivy:KSV-0023', 'polaris:hostPathSet'],
  check(model, report) {
    for (const pod of model.pods) {
      for (const volume of volumesOf(pod)) {
        const host = hostPathOf(volume);
        if (!host) continue;
        const path = host.path;
        report({
          range: keyRange(model.file.lines, host.pair),
          message: `${describeObject(pod.object)} mounts the node's \`${path}\` (volume \`${volume.name}\`): host files are shared with the pod and outlive it. The baseline level forbids hostPath volumes.`,
        });
      }
    }
  },
};
