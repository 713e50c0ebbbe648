// A role granted to a namespace's `default` ServiceAccount: every pod that names no account gets it.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { bindings } from './rbac';

export const rule: KubernetesRule = {
  id: 'K8S040',
  title: 'Role bound to the default ServiceAccount',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: ['checkov:CKV_K8S_42'],
  check(model, report) {
    for (const binding of bindings(model)) {
      for (const subject of binding.subjects) {
        if (stringAt(subject, 'kind') !== 'ServiceAccount' || stringAt(subject, 'name') !== 'default') continue;
        report({
          range: keyRange(model.file.lines, pairOf(subject, 'name')!),
          message: `${describeObject(binding.object)} grants ${binding.roleKind ?? 'role'} \`${binding.roleName ?? '?'}\` to the \`default\` ServiceAccount${stringAt(subject, 'namespace') ? ` of \`${stringAt(subject, 'namespace')}\`` : ''}: every pod in that namespace that names no account gets these rights. Create a dedicated ServiceAccount and bind that.`,
        });
      }
    }
  },
};
