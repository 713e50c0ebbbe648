// A NetworkPolicy whose podSelector matches none of the pods the file defines in its namespace.
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { podLabels, selects } from './objects';
import { namespaceOf, podsIn } from './sameFile';

export const rule: KubernetesRule = {
  id: 'K8S082',
  title: 'NetworkPolicy selects none of the pods in the file',
  kind: 'kubernetes',
  severity: 'off',
  category: 'network',
  fixable: false,
  references: ['kube-linter:dangling-networkpolicy'],
  check(model, report) {
    if (model.partial) return;
    for (const policy of model.objects) {
      if (policy.kind !== 'NetworkPolicy') continue;
      const spec = mapAt(policy.map, 'spec');
      const selector = mapAt(spec, 'podSelector');
      if (!selector || selector.items.length === 0) continue; // {} selects every pod
      const pods = podsIn(model, namespaceOf(policy));
      if (pods.length === 0 || pods.some((p) => selects(selector, podLabels(p)))) continue;
      report({
        range: keyRange(model.file.lines, pairOf(spec, 'podSelector')!),
        message: `${describeObject(policy)} selects none of the pods defined beside it: unless its pods are defined elsewhere, it isolates nothing (check the labels).`,
      });
    }
  },
};
