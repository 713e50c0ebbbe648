// A binding to the cluster-admin ClusterRole.
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { bindings } from './rbac';

export const rule: KubernetesRule = {
  id: 'K8S035',
  title: 'Binding to cluster-admin',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: [
    'trivy:KSV-0111', 'kube-linter:cluster-admin-role-binding', 'polaris:clusterrolebindingClusterAdmin',
    'polaris:rolebindingClusterAdminClusterRole',
  ],
  check(model, report) {
    for (const binding of bindings(model)) {
      if (binding.roleKind !== 'ClusterRole' || binding.roleName !== 'cluster-admin') continue;
      const who = binding.subjects.map((s) => `${stringAt(s, 'kind') ?? '?'} ${stringAt(s, 'name') ?? '?'}`).join(', ') || 'its subjects';
      report({
        range: keyRange(model.file.lines, pairOf(mapAt(binding.object.map, 'roleRef'), 'name')!),
        message: `${describeObject(binding.object)} gives ${who} cluster-admin${binding.object.kind === 'RoleBinding' ? ' within its namespace' : ''}: full control of ${binding.object.kind === 'RoleBinding' ? 'the namespace' : 'the cluster and every node'}. Bind a role that lists what is needed.`,
      });
    }
  },
};
