// PSS restricted runAsUser: UID 0 set explicitly on the pod or a container.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { securityContexts, usesUserNamespace } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S018',
  title: 'Runs as UID 0',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  podSecurityLevel: 'restricted',
  references: ['pss:restricted:runAsUser', 'trivy:KSV-0105', 'kube-linter:run-as-non-root', 'polaris:runAsRootAllowed'],
  check(model, report) {
    for (const site of securityContexts(model)) {
      if (usesUserNamespace(site.pod)) continue; // UID 0 inside a user namespace is not root on the node (v1.35+)
      const pair = pairOf(site.map, 'runAsUser');
      if (!pair || !isScalar(pair.value) || pair.value.value !== 0) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `The ${site.where} runs as UID 0 (root). Pick the non-root UID the image is built for, or run the pod in a user namespace (\`hostUsers: false\`).`,
      });
    }
  },
};
