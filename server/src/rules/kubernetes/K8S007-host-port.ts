// PSS baseline hostPorts: a container port bound on the node's address.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf, seqAt, type YamlMap } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { removeOrNeutralize } from '../../engine/yaml/edit';

export const rule: KubernetesRule = {
  id: 'K8S007',
  title: 'Container binds a host port',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'network',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:hostPorts', 'trivy:KSV-0024', 'checkov:CKV_K8S_26', 'polaris:hostPortSet'],
  check(model, report) {
    for (const container of model.containers) {
      for (const port of seqAt(container.map, 'ports')?.items ?? []) {
        if (!isMap(port)) continue;
        const pair = pairOf(port, 'hostPort');
        if (!pair || !isScalar(pair.value) || pair.value.value === 0 || pair.value.value === null) continue;
        report({
          range: keyRange(model.file.lines, pair),
          message: `The ${describeContainer(container)} binds host port ${String(pair.value.value)}: the pod is reachable on the node's address, bypassing Services and NetworkPolicies, and can only run once per node.`,
          fixes: [{ title: 'Remove hostPort', edits: [removeOrNeutralize(model.file, port as YamlMap, pair, '0')] }],
        });
      }
    }
  },
};
