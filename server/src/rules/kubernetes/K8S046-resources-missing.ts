// Resource requests and the memory limit. A CPU limit is deliberately not asked
// for: it throttles a busy container even on an idle node (user ask 6).
import type { KubernetesRule } from '../rule';
import { mapAt, pairOf, keyRange } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { containerRange } from './securityContext';

const WANTED: [string, string][] = [['requests', 'cpu'], ['requests', 'memory'], ['limits', 'memory']];

export const rule: KubernetesRule = {
  id: 'K8S046',
  title: 'Container has no resource requests or memory limit',
  kind: 'kubernetes',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: [
    'trivy:KSV-0015', 'trivy:KSV-0016', 'trivy:KSV-0018', 'checkov:CKV_K8S_10', 'checkov:CKV_K8S_12', 'checkov:CKV_K8S_13',
    'kube-linter:unset-cpu-requirements', 'kube-linter:unset-memory-requirements', 'polaris:cpuRequestsMissing',
    'polaris:memoryRequestsMissing', 'polaris:memoryLimitsMissing', 'kubesec:RequestsCPU', 'kubesec:RequestsMemory', 'kubesec:LimitsMemory',
  ],
  check(model, report) {
    for (const container of model.containers) {
      // Ephemeral containers take no resources; fragments get them from their base.
      if (container.field === 'ephemeralContainers' || isPartialContainer(model, container)) continue;
      const resources = mapAt(container.map, 'resources');
      const missing = WANTED.filter(([section, name]) => !pairOf(mapAt(resources, section), name)).map(([s, n]) => `${s}.${n}`);
      if (missing.length === 0) continue;
      const pair = pairOf(container.map, 'resources');
      report({
        range: pair ? keyRange(model.file.lines, pair) : containerRange(model, container),
        message: `The ${describeContainer(container)} sets no ${missing.join(', ')}: without requests the scheduler packs it blindly and it is evicted first; without a memory limit one leak can starve the node. (A CPU limit is optional.)`,
      });
    }
  },
};
