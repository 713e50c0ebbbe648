// Other RBAC grants that reach far: admission webhooks, certificate approval,
// ConfigMaps (incl. EKS aws-auth), Service status, networking, pod logs.
import type { KubernetesRule } from '../rule';
import { reportGrants } from './rbac';

const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];

export const rule: KubernetesRule = {
  id: 'K8S034',
  title: 'RBAC grants a sensitive permission',
  kind: 'kubernetes',
  severity: 'info',
  category: 'privilege',
  fixable: false,
  references: [
    'trivy:KSV-0114', 'trivy:KSV-0049', 'trivy:KSV-0056', 'trivy:KSV-0115', 'trivy:KSV-0042', 'checkov:CKV_K8S_155',
    'checkov:CKV_K8S_156', 'checkov:CKV2_K8S_4',
  ],
  check(model, report) {
    reportGrants(model, report, [
      { group: 'admissionregistration.k8s.io', resources: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'], verbs: WRITE },
      { group: 'certificates.k8s.io', resources: ['certificatesigningrequests/approval', 'signers'], verbs: ['update', 'patch', 'approve'] },
      { group: '', resources: ['configmaps'], verbs: WRITE },
      { group: '', resources: ['services/status'], verbs: ['update', 'patch'] },
      { group: '', resources: ['services', 'endpoints'], verbs: WRITE },
      { group: 'discovery.k8s.io', resources: ['endpointslices'], verbs: WRITE },
      { group: 'networking.k8s.io', resources: ['networkpolicies', 'ingresses'], verbs: WRITE },
      { group: '', resources: ['pods/log'], verbs: ['delete', 'deletecollection'] },
    ], (granted) => `can change ${granted.join(', ')}: admission webhooks see and rewrite every object, approved certificates authenticate as anyone, ConfigMaps and Service routing steer workloads and traffic. Check that it is needed.`);
  },
};
