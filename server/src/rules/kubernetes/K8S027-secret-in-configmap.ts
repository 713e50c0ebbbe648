// Credentials stored in a ConfigMap, which is not access-controlled as a Secret is.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { knownSecretFormat, secretReason } from './secrets';

export const rule: KubernetesRule = {
  id: 'K8S027',
  title: 'ConfigMap holds a secret',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'secrets',
  fixable: false,
  references: ['trivy:KSV-0109', 'trivy:KSV-01010', 'polaris:sensitiveConfigmapContent'],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind !== 'ConfigMap') continue;
      for (const pair of mapAt(object.map, 'data')?.items ?? []) {
        if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
        const key = String(pair.key.value);
        const value = String(pair.value.value ?? '');
        // A multi-line value is a config file: only a known secret format inside it counts.
        const reason = value.includes('\n') ? (knownSecretFormat(value) ? `it contains ${knownSecretFormat(value)}` : undefined) : secretReason(key, value);
        if (!reason) continue;
        report({
          range: keyRange(model.file.lines, pair),
          message: `${describeObject(object)} stores \`${key}\` in plain text, and ${reason}: ConfigMaps are readable by far more people and tools than Secrets. Move it to a Secret.`,
        });
      }
    }
  },
};
