// PSS restricted restrictedVolumes: only core, pod-scoped volume types.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { volumesOf } from './volumes';

const ALLOWED = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);

export const rule: KubernetesRule = {
  id: 'K8S015',
  title: 'Pod uses a volume type the restricted level forbids',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  podSecurityLevel: 'restricted',
  references: ['pss:restricted:restrictedVolumes', 'trivy:KSV-0028'],
  check(model, report) {
    for (const pod of model.pods) {
      for (const volume of volumesOf(pod)) {
        const type = volume.source && isScalar(volume.source.key) ? String(volume.source.key.value) : undefined;
        // hostPath is K8S006's finding (baseline), which the restricted level includes.
        if (!type || ALLOWED.has(type) || type === 'hostPath') continue;
        report({
          range: keyRange(model.file.lines, volume.source!),
          message: `${describeObject(pod.object)} mounts volume \`${volume.name}\` of type \`${type}\`: the restricted level allows only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes (use a PersistentVolumeClaim for network storage).`,
        });
      }
    }
  },
};
