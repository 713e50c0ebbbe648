// RBAC create access to pods and workload controllers.
import type { KubernetesRule } from '../rule';
import { reportGrants } from './rbac';

export const rule: KubernetesRule = {
  id: 'K8S033',
  title: 'RBAC grants creating pods or workloads',
  kind: 'kubernetes',
  severity: 'info',
  category: 'privilege',
  fixable: false,
  references: ['trivy:KSV-0048', 'kube-linter:access-to-create-pods'],
  check(model, report) {
    reportGrants(model, report, [
      { group: '', resources: ['pods', 'replicationcontrollers'], verbs: ['create', 'update', 'patch'] },
      { group: 'apps', resources: ['deployments', 'statefulsets', 'daemonsets', 'replicasets'], verbs: ['create', 'update', 'patch'] },
      { group: 'batch', resources: ['jobs', 'cronjobs'], verbs: ['create', 'update', 'patch'] },
    ], (granted) => `can create or change ${granted.join(', ')}: unless Pod Security admission stops it, that means running any image with any service account in scope, and mounting its secrets.`);
  },
};
