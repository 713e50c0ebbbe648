// Bindings to the anonymous user or to groups that everyone (or the superusers) belong to.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { bindings } from './rbac';

const GROUPS: Record<string, string> = {
  'system:anonymous': 'every unauthenticated request',
  'system:unauthenticated': 'every unauthenticated request',
  'system:authenticated': 'every authenticated user and service account',
  'system:masters': 'the superuser group, which bypasses RBAC entirely',
};

export const rule: KubernetesRule = {
  id: 'K8S036',
  title: 'Binding to anonymous, all users or system:masters',
  kind: 'kubernetes',
  severity: 'error',
  category: 'privilege',
  fixable: false,
  references: ['trivy:KSV-0122', 'trivy:KSV-01011', 'trivy:KSV-0123', 'kubesec:BindingsToSystemAnonymous'],
  check(model, report) {
    for (const binding of bindings(model)) {
      for (const subject of binding.subjects) {
        const name = stringAt(subject, 'name') ?? '';
        if (!(name in GROUPS)) continue;
        // The built-in discovery and health roles are meant for everyone.
        if (name !== 'system:masters' && /^system:(basic-user|discovery|public-info-viewer)$/.test(binding.roleName ?? '')) continue;
        report({
          range: keyRange(model.file.lines, pairOf(subject, 'name')!),
          message: `${describeObject(binding.object)} grants ${binding.roleKind ?? 'role'} \`${binding.roleName ?? '?'}\` to \`${name}\`: ${GROUPS[name]}.`,
        });
      }
    }
  },
};
