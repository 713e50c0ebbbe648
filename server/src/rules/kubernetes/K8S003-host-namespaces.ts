// PSS baseline hostNamespaces: the pod shares the node's network, PID or IPC namespace.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { removeOrNeutralize } from '../../engine/yaml/edit';
import { isTrue } from './securityContext';

const NAMESPACES = { hostNetwork: 'network', hostPID: 'process (PID)', hostIPC: 'IPC' } as const;

export const rule: KubernetesRule = {
  id: 'K8S003',
  title: 'Pod shares a host namespace',
  kind: 'kubernetes',
  severity: 'error',
  category: 'isolation',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: [
    'pss:baseline:hostNamespaces', 'trivy:KSV-0008', 'trivy:KSV-0009', 'trivy:KSV-0010', 'checkov:CKV_K8S_17',
    'checkov:CKV_K8S_18', 'checkov:CKV_K8S_19', 'kube-linter:host-network', 'kube-linter:host-pid', 'kube-linter:host-ipc',
    'polaris:hostNetworkSet', 'polaris:hostPIDSet', 'polaris:hostIPCSet', 'kubesec:HostNetwork', 'kubesec:HostPID', 'kubesec:HostIPC', 'semgrep:hostnetwork-pod', 'semgrep:hostpid-pod', 'semgrep:hostipc-pod',
  ],
  check(model, report) {
    for (const pod of model.pods) {
      for (const [key, what] of Object.entries(NAMESPACES)) {
        const pair = pairOf(pod.spec, key);
        if (!pair || !isTrue(pair.value)) continue;
        report({
          range: keyRange(model.file.lines, pair),
          message: `${describeObject(pod.object)} shares the node's ${what} namespace (\`${key}: true\`): its containers can see and reach host ${key === 'hostNetwork' ? 'interfaces and loopback services' : 'processes'}. The baseline level forbids it.`,
          fixes: [{ title: `Remove ${key}`, edits: [removeOrNeutralize(model.file, pod.spec, pair, 'false')] }],
        });
      }
    }
  },
};
