// RBAC read access to Secrets.
import type { KubernetesRule } from '../rule';
import { reportGrants } from './rbac';

export const rule: KubernetesRule = {
  id: 'K8S030',
  title: 'RBAC grants read access to Secrets',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'secrets',
  fixable: false,
  references: ['trivy:KSV-0041', 'trivy:KSV-0113', 'checkov:CKV2_K8S_5', 'kube-linter:access-to-secrets'],
  check(model, report) {
    reportGrants(model, report, [{ group: '', resources: ['secrets'], verbs: ['get', 'list', 'watch'] }], () =>
      'can read Secrets: that includes the service-account tokens and credentials of every workload in scope, often a path to broader rights. Restrict it with `resourceNames`, or mount the one Secret the workload needs.');
  },
};
