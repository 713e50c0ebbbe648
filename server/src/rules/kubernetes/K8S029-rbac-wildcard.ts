// A Role or ClusterRole rule with `*` verbs or resources.
import type { KubernetesRule } from '../rule';
import { describeObject } from '../../engine/kubernetes/model';
import { hasWildcard, policyRules, ruleRange } from './rbac';

export const rule: KubernetesRule = {
  id: 'K8S029',
  title: 'RBAC rule uses a wildcard',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: [
    'trivy:KSV-0044', 'trivy:KSV-0045', 'trivy:KSV-0046', 'trivy:KSV-0112', 'checkov:CKV_K8S_49', 'kube-linter:wildcard-in-rules',
    'polaris:rolebindingClusterAdminRole', 'semgrep:legacy-api-clusterrole-excessive-permissions',
  ],
  check(model, report) {
    for (const rule of policyRules(model)) {
      if (!hasWildcard(rule)) continue;
      const what = rule.verbs.includes('*') && rule.resources.includes('*') ? 'every verb on every resource'
        : rule.verbs.includes('*') ? `every verb on ${rule.resources.join(', ')}` : `${rule.verbs.join(', ')} on every resource`;
      report({
        range: ruleRange(model, rule),
        message: `${describeObject(rule.role)} grants ${what}${rule.apiGroups.includes('*') ? ' in every API group' : ''}: wildcards also cover secrets, subresources such as pods/exec, and resources added later. List what is needed.`,
      });
    }
  },
};
