// RBAC verbs that hand out more rights than the holder has: escalate, bind,
// impersonate, and writing role bindings.
import type { KubernetesRule } from '../rule';
import { describeObject } from '../../engine/kubernetes/model';
import { grants, hasWildcard, policyRules, ruleRange } from './rbac';

const RBAC = 'rbac.authorization.k8s.io';
const BINDINGS = ['rolebindings', 'clusterrolebindings'];

export const rule: KubernetesRule = {
  id: 'K8S032',
  title: 'RBAC allows privilege escalation',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: [
    'trivy:KSV-0043', 'trivy:KSV-0050', 'trivy:KSV-0051', 'trivy:KSV-0052', 'trivy:KSV-0055', 'checkov:CKV_K8S_157',
    'checkov:CKV_K8S_158', 'checkov:CKV2_K8S_1', 'checkov:CKV2_K8S_3',
  ],
  check(model, report) {
    for (const rule of policyRules(model)) {
      if (hasWildcard(rule)) continue; // K8S029
      const verbs = ['escalate', 'bind', 'impersonate'].filter((v) => rule.verbs.includes(v));
      const bindingWrites = grants(rule, RBAC, BINDINGS, ['create', 'update', 'patch']);
      if (verbs.length === 0 && bindingWrites.length === 0) continue;
      const parts = [
        ...verbs.map((v) => `\`${v}\` on ${rule.resources.join(', ')}`),
        ...(bindingWrites.length ? [`writing ${bindingWrites.join(', ')}`] : []),
      ];
      report({
        range: ruleRange(model, rule),
        message: `${describeObject(rule.role)} allows ${parts.join(' and ')}: the holder can grant itself, or act as, any role or user in scope.`,
      });
    }
  },
};
