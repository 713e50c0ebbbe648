// Pods that no NetworkPolicy in the same file and namespace selects, in a file
// that manages NetworkPolicies: the author isolates some pods and forgot these.
import type { KubernetesRule } from '../rule';
import { mapAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { podRange } from './securityContext';
import { podLabels, selects } from './objects';
import { namespaceOf } from './sameFile';

export const rule: KubernetesRule = {
  id: 'K8S060',
  title: 'Pod not selected by any NetworkPolicy in the file',
  kind: 'kubernetes',
  severity: 'info',
  category: 'network',
  fixable: false,
  references: ['trivy:KSV-0038', 'checkov:CKV2_K8S_6', 'kube-linter:non-isolated-pod', 'polaris:missingNetworkPolicy'],
  check(model, report) {
    const policies = model.objects.filter((o) => o.kind === 'NetworkPolicy');
    if (policies.length === 0) return;
    for (const pod of model.pods) {
      if (pod.object.kind === 'PodTemplate') continue;
      const ns = namespaceOf(pod.object);
      const inNamespace = policies.filter((p) => namespaceOf(p) === ns);
      if (inNamespace.length === 0) continue; // policies for other namespaces say nothing about this one
      const labels = podLabels(pod);
      const selected = inNamespace.some((p) => {
        const selector = mapAt(mapAt(p.map, 'spec'), 'podSelector');
        return !selector || selector.items.length === 0 || selects(selector, labels); // {} selects every pod
      });
      if (selected) continue;
      report({
        range: podRange(model, pod),
        message: `${describeObject(pod.object)} is selected by none of the NetworkPolicies of its namespace in this file: while its neighbours are isolated, it accepts traffic from any pod in the cluster. Add it to a policy's \`podSelector\`.`,
      });
    }
  },
};
