// PSS baseline appArmorProfile: AppArmor turned off by field or by the older annotation.
import { isScalar, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { replaceNode, scalarText } from '../../engine/yaml/edit';
import { securityContexts } from './securityContext';
import { describeObject } from '../../engine/kubernetes/model';

export const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

export const rule: KubernetesRule = {
  id: 'K8S009',
  title: 'AppArmor profile is unconfined',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:appArmorProfile', 'trivy:KSV-0002', 'kubesec:ApparmorUnconfined', 'kubesec:ApparmorAny'],
  check(model, report) {
    const { file } = model;
    for (const site of securityContexts(model)) {
      const pair = pairOf(mapAt(site.map, 'appArmorProfile'), 'type');
      if (!pair || !isScalar(pair.value)) continue;
      const type = pair.value.value;
      if (type === 'RuntimeDefault' || type === 'Localhost' || type === null) continue;
      report({
        range: keyRange(file.lines, pair),
        message: `The ${site.where} sets AppArmor profile \`${String(type)}\`: without a profile the container may mount, ptrace and write where the runtime's default profile forbids. The baseline level allows only RuntimeDefault or Localhost.`,
        fixes: [{ title: 'Use the RuntimeDefault profile', edits: [replaceNode(file, pair.value as Node, 'RuntimeDefault')] }],
      });
    }
    for (const pod of model.pods) {
      for (const pair of mapAt(pod.metadata, 'annotations')?.items ?? []) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!key.startsWith(APPARMOR_ANNOTATION) || !isScalar(pair.value)) continue;
        const value = pair.value.value;
        if (value === null || value === '' || value === 'runtime/default' || (typeof value === 'string' && value.startsWith('localhost/'))) continue;
        report({
          range: keyRange(file.lines, pair),
          message: `${describeObject(pod.object)} runs container \`${key.slice(APPARMOR_ANNOTATION.length)}\` with AppArmor profile \`${String(value)}\`. The baseline level allows only runtime/default or localhost/<profile>.`,
          fixes: [{ title: 'Use the runtime/default profile', edits: [replaceNode(file, pair.value as Node, scalarText('runtime/default'))] }],
        });
      }
    }
  },
};
