// RBAC access to pods/exec, pods/attach, pods/portforward or nodes/proxy.
import type { KubernetesRule } from '../rule';
import { reportGrants } from './rbac';

export const rule: KubernetesRule = {
  id: 'K8S031',
  title: 'RBAC grants exec, attach or node proxy',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: [
    'trivy:KSV-0053', 'trivy:KSV-0054', 'trivy:KSV-0047', 'checkov:CKV2_K8S_2', 'polaris:clusterrolePodExecAttach',
    'polaris:rolePodExecAttach', 'polaris:clusterrolebindingPodExecAttach', 'polaris:rolebindingClusterRolePodExecAttach',
    'polaris:rolebindingRolePodExecAttach',
  ],
  check(model, report) {
    reportGrants(model, report, [
      { group: '', resources: ['pods/exec', 'pods/attach', 'pods/portforward'], verbs: ['create', 'get'] },
      { group: '', resources: ['nodes/proxy'], verbs: ['create', 'get', 'update', 'patch'] },
    ], (granted) => `grants ${granted.join(', ')}: a shell in any pod in scope, with that pod's service account and mounts (nodes/proxy reaches the kubelet API directly). This is a common path to cluster-admin.`);
  },
};
