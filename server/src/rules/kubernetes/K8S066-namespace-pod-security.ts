// Namespaces without Pod Security admission enforcement: the cluster default is `privileged`.
import { isScalar, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, nodeRange, pairOf, type YamlMap } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { addToMap, replaceNode } from '../../engine/yaml/edit';
import type { Fix } from '../../engine/types';
import { labelsOf, metadataOf } from './objects';

const ENFORCE = 'pod-security.kubernetes.io/enforce';

export const rule: KubernetesRule = {
  id: 'K8S066',
  title: 'Namespace does not enforce Pod Security',
  kind: 'kubernetes',
  severity: 'info',
  category: 'privilege',
  fixable: true,
  references: [],
  check(model, report) {
    if (model.partial) return;
    for (const ns of model.objects) {
      const metadata = metadataOf(ns);
      if (ns.kind !== 'Namespace' || !metadata) continue;
      const pair = pairOf(labelsOf(metadata), ENFORCE);
      const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
      if (value === 'baseline' || value === 'restricted') continue;
      const fixes: Fix[] = ['restricted', 'baseline'].map((level) => ({
        title: `Enforce the ${level} level`,
        edits: pair ? [replaceNode(model.file, pair.value as Node, level)] : addToMap(model.file, metadata as YamlMap, { labels: { [ENFORCE]: level } }, model.style),
      }));
      report({
        range: pair ? nodeRange(model.file.lines, pair.value) : keyRange(model.file.lines, pairOf(ns.map, 'metadata')!),
        message: pair
          ? `${describeObject(ns)} enforces Pod Security level \`${String(value)}\`: any pod is admitted, privileged ones included. Enforce baseline or restricted, and exempt only what needs it.`
          : `${describeObject(ns)} has no \`${ENFORCE}\` label, so the cluster default applies, which is \`privileged\` unless configured: any pod is admitted. Label it \`restricted\` (or \`baseline\`).`,
        fixes,
      });
    }
  },
};
