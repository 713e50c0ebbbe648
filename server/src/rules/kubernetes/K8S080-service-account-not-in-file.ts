// A pod naming a ServiceAccount that the file, which defines the namespace's accounts, does not define.
import type { KubernetesRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { nameOf, serviceAccountOf, serviceAccountPair } from './objects';
import { namespaceOf } from './sameFile';

export const rule: KubernetesRule = {
  id: 'K8S080',
  title: 'ServiceAccount not defined beside the others',
  kind: 'kubernetes',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:non-existent-service-account'],
  check(model, report) {
    const accounts = new Map<string, Set<string>>();
    for (const o of model.objects) {
      if (o.kind !== 'ServiceAccount') continue;
      const ns = namespaceOf(o);
      if (!accounts.has(ns)) accounts.set(ns, new Set());
      accounts.get(ns)!.add(nameOf(o) ?? '');
    }
    if (accounts.size === 0) return;
    for (const pod of model.pods) {
      const defined = accounts.get(namespaceOf(pod.object));
      const account = serviceAccountOf(pod);
      const pair = serviceAccountPair(pod);
      // Only where the file defines this namespace's accounts is a missing one telling.
      if (!defined || account === 'default' || defined.has(account) || !pair) continue;
      report({
        range: nodeRange(model.file.lines, pair.value),
        message: `${describeObject(pod.object)} runs as ServiceAccount \`${account}\`, which this file does not define although it defines ${[...defined].map((a) => `\`${a}\``).join(', ')}: if it exists nowhere else, the pod is never created.`,
      });
    }
  },
};
