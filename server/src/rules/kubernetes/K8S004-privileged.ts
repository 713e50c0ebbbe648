// PSS baseline privileged: a privileged container is root on the node.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { replaceNode } from '../../engine/yaml/edit';
import { containerContext, isTrue } from './securityContext';
import type { Node } from 'yaml';

export const rule: KubernetesRule = {
  id: 'K8S004',
  title: 'Privileged container',
  kind: 'kubernetes',
  severity: 'error',
  category: 'privilege',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: [
    'pss:baseline:privileged', 'trivy:KSV-0017', 'checkov:CKV_K8S_16', 'kube-linter:privileged-container',
    'polaris:runAsPrivileged', 'kubesec:Privileged', 'semgrep:privileged-container',
  ],
  check(model, report) {
    for (const container of model.containers) {
      const pair = pairOf(containerContext(container), 'privileged');
      if (!pair || !isTrue(pair.value)) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `The ${describeContainer(container)} is privileged: it gets every capability and the host's devices, so a compromise is a compromise of the node.`,
        fixes: [{ title: 'Set privileged: false', edits: [replaceNode(model.file, pair.value as Node, 'false')] }],
      });
    }
  },
};
