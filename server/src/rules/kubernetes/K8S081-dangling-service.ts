// A Service whose selector matches none of the pods the file defines in its namespace.
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { stringEntries } from './objects';
import { CONTROLLER_LABELS, labelsMatch, namespaceOf, podsIn } from './sameFile';

export const rule: KubernetesRule = {
  id: 'K8S081',
  title: 'Service selects none of the pods in the file',
  kind: 'kubernetes',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:dangling-service'],
  check(model, report) {
    if (model.partial) return;
    for (const service of model.objects) {
      if (service.kind !== 'Service') continue;
      const spec = mapAt(service.map, 'spec');
      const entries = stringEntries(mapAt(spec, 'selector'));
      // No selector: endpoints are managed by hand. Only controller-added labels: nothing to compare.
      if (entries.every((e) => CONTROLLER_LABELS.has(e.key))) continue;
      const pods = podsIn(model, namespaceOf(service));
      if (pods.length === 0) continue; // its pods live in other files
      const selector = new Map(entries.map((e) => [e.key, e.value]));
      if (pods.some((p) => labelsMatch(selector, p))) continue;
      report({
        range: keyRange(model.file.lines, pairOf(spec, 'selector')!),
        message: `${describeObject(service)} selects ${entries.map((e) => `${e.key}=${e.value}`).join(', ')}, which none of the pods defined beside it carries: unless its pods are defined elsewhere, it has no endpoints.`,
      });
    }
  },
};
