// hostAliases: the pod's /etc/hosts is managed by hand.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S051',
  title: 'Pod overrides /etc/hosts with hostAliases',
  kind: 'kubernetes',
  severity: 'info',
  category: 'network',
  fixable: false,
  references: ['trivy:KSV-0007', 'kubesec:HostAliases'],
  check(model, report) {
    for (const pod of model.pods) {
      const pair = pairOf(pod.spec, 'hostAliases');
      if (!pair || pair.value === null) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `${describeObject(pod.object)} writes fixed entries into /etc/hosts (\`hostAliases\`): they bypass cluster DNS, go stale silently when addresses change, and can redirect a trusted name. Prefer a Service or DNS record.`,
      });
    }
  },
};
