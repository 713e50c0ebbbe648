// PSS baseline capabilities_baseline: capabilities added beyond the runtime's default set.
import type { KubernetesRule } from '../rule';
import { fixList } from './securityContext';
import { nodeRange } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { addedCapabilities, BASELINE_CAPABILITIES, DANGEROUS_CAPABILITIES, removeAdded } from './capabilities';

export const rule: KubernetesRule = {
  id: 'K8S005',
  title: 'Container adds a capability beyond the default set',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'capabilities',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: [
    'pss:baseline:capabilities_baseline', 'trivy:KSV-0022', 'trivy:KSV-0005', 'trivy:KSV-0119', 'trivy:KSV-0120',
    'checkov:CKV_K8S_25', 'checkov:CKV_K8S_39', 'polaris:dangerousCapabilities', 'kubesec:CapSysAdmin',
    'kube-linter:privilege-escalation-container',
  ],
  check(model, report) {
    for (const container of model.containers) {
      const extra = addedCapabilities(container).filter((c) => !BASELINE_CAPABILITIES.has(c.name));
      if (extra.length === 0) continue;
      const edits = removeAdded(model, container, extra);
      for (const cap of extra) {
        const danger = DANGEROUS_CAPABILITIES.has(cap.name.toUpperCase().replace(/^CAP_/, ''));
        report({
          range: nodeRange(model.file.lines, cap.node),
          message: `The ${describeContainer(container)} adds \`${cap.name}\`, which is outside the runtime's default set${danger ? ' and gives root-equivalent power over the node or its network' : ''}. The baseline level forbids it.`,
          fixes: fixList(`Remove ${extra.map((c) => c.name).join(', ')} from capabilities.add`, edits),
        });
      }
    }
  },
};
