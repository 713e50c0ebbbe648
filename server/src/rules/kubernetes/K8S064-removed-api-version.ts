// apiVersion that current Kubernetes no longer serves.
import { isMap, isSeq, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { mapAt, nodeRange, pairOf, valueOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { replaceNode, scalarText } from '../../engine/yaml/edit';
import { removalOf } from './apiVersions';

const nonEmpty = (v: unknown): boolean => (isMap(v) || isSeq(v)) && v.items.length > 0;

export const rule: KubernetesRule = {
  id: 'K8S064',
  title: 'Removed API version',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'hygiene',
  fixable: true,
  references: ['trivy:KSV-0107', 'kube-linter:no-extensions-v1beta'],
  check(model, report) {
    for (const object of model.objects) {
      const removal = removalOf(object.apiVersion, object.kind);
      if (!removal) continue;
      const pair = pairOf(object.map, 'apiVersion')!;
      const selector = mapAt(mapAt(object.map, 'spec'), 'selector');
      const hasSelector = nonEmpty(valueOf(selector, 'matchLabels')) || nonEmpty(valueOf(selector, 'matchExpressions'));
      const fixable = removal.migrate === 'rename' || (removal.migrate === 'selector' && hasSelector);
      report({
        range: nodeRange(model.file.lines, pair.value),
        message: `${describeObject(object)} uses \`${object.apiVersion}\`, removed in Kubernetes ${removal.removedIn}: the API server rejects it. Use \`${removal.replacement}\`${removal.migrate === 'manual' ? ' (some fields changed: migrate them too)' : removal.migrate === 'selector' && !hasSelector ? ' and set `spec.selector`, which it no longer defaults' : ''}.`,
        fixes: fixable ? [{ title: `Use ${removal.replacement}`, edits: [replaceNode(model.file, pair.value as Node, scalarText(removal.replacement))] }] : [],
      });
    }
  },
};
