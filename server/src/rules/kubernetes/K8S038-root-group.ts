// GID 0 as primary, supplementary or volume group: root-group file access on the node's files.
import { isScalar, isSeq } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, nodeRange, pairOf } from '../../engine/yaml/document';
import { securityContexts, usesUserNamespace } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S038',
  title: 'Runs with the root group',
  kind: 'kubernetes',
  severity: 'info',
  category: 'privilege',
  fixable: false,
  references: ['trivy:KSV-0116', 'kube-linter:run-as-non-root'],
  check(model, report) {
    const { lines } = model.file;
    for (const site of securityContexts(model)) {
      if (usesUserNamespace(site.pod)) continue;
      for (const field of ['runAsGroup', 'fsGroup']) {
        // fsGroup is a pod-level field only.
        if (field === 'fsGroup' && site.container) continue;
        const pair = pairOf(site.map, field);
        if (!pair || !isScalar(pair.value) || pair.value.value !== 0) continue;
        report({
          range: keyRange(lines, pair),
          message: `The ${site.where} sets \`${field}: 0\`: processes (or mounted volumes) get the root group, which can read and write files the node gives to group root. Use a non-zero GID.`,
        });
      }
      const groups = pairOf(site.map, 'supplementalGroups');
      if (site.container || !groups || !isSeq(groups.value)) continue;
      for (const item of groups.value.items) {
        if (!isScalar(item) || item.value !== 0) continue;
        report({
          range: nodeRange(lines, item),
          message: `The ${site.where} lists group 0 in \`supplementalGroups\`: every process gets the root group, which can read and write files the node gives to group root.`,
        });
      }
    }
  },
};
