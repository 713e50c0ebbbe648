// A UID or GID at or below 10000 set explicitly: it may collide with a user on the node.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { securityContexts, usesUserNamespace } from './securityContext';

const FIELDS = { runAsUser: 'UID', runAsGroup: 'GID' } as const;

export const rule: KubernetesRule = {
  id: 'K8S037',
  title: 'Runs with a UID or GID of 10000 or below',
  kind: 'kubernetes',
  severity: 'off',
  category: 'privilege',
  fixable: false,
  references: ['trivy:KSV-0020', 'trivy:KSV-0021', 'checkov:CKV_K8S_40', 'kubesec:RunAsUser', 'kubesec:RunAsGroup'],
  check(model, report) {
    for (const site of securityContexts(model)) {
      if (usesUserNamespace(site.pod)) continue; // IDs inside a user namespace map to unprivileged host IDs
      for (const [field, what] of Object.entries(FIELDS)) {
        const pair = pairOf(site.map, field);
        const id = pair && isScalar(pair.value) ? pair.value.value : undefined;
        // 0 is root: K8S018 (UID) and K8S038 (GID) report it.
        if (typeof id !== 'number' || id <= 0 || id > 10000) continue;
        report({
          range: keyRange(model.file.lines, pair!),
          message: `The ${site.where} runs with ${what} ${id}: IDs up to 10000 are often taken by users and services on the node, so a container escape lands as one of them. Prefer an ${what} above 10000, or a user namespace (\`hostUsers: false\`).`,
        });
      }
    }
  },
};
