// PSS baseline seccompProfile_baseline: seccomp explicitly turned off.
import { isScalar, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { replaceNode } from '../../engine/yaml/edit';
import { securityContexts } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S012',
  title: 'Seccomp profile is unconfined',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:seccompProfile_baseline', 'trivy:KSV-0104', 'kubesec:SeccompUnconfined', 'semgrep:seccomp-confinement-disabled'],
  check(model, report) {
    for (const site of securityContexts(model)) {
      const pair = pairOf(mapAt(site.map, 'seccompProfile'), 'type');
      if (!pair || !isScalar(pair.value)) continue;
      const type = pair.value.value;
      if (type === 'RuntimeDefault' || type === 'Localhost' || type === null) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `The ${site.where} sets seccomp profile \`${String(type)}\`: every system call is open to the container, including the ones kernel exploits use. The baseline level allows only RuntimeDefault or Localhost.`,
        fixes: [{ title: 'Use the RuntimeDefault seccomp profile', edits: [replaceNode(model.file, pair.value as Node, 'RuntimeDefault')] }],
      });
    }
  },
};
