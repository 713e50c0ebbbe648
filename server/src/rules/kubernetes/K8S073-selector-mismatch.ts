// A controller selector that its own pod template's labels do not satisfy.
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { podLabels, selects, stringEntries } from './objects';

const CONTROLLERS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

export const rule: KubernetesRule = {
  id: 'K8S073',
  title: 'Selector does not match the pod template labels',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:mismatching-selector'],
  check(model, report) {
    if (model.partial) return;
    for (const pod of model.pods) {
      if (!CONTROLLERS.has(pod.object.kind)) continue;
      const spec = mapAt(pod.object.map, 'spec');
      const pair = pairOf(spec, 'selector');
      const selector = mapAt(spec, 'selector');
      if (!pair || !selector || selector.items.length === 0 || !pairOf(pod.metadata, 'labels')) continue;
      const labels = podLabels(pod);
      // A ReplicationController's selector is a plain label map.
      const ok = pod.object.kind === 'ReplicationController'
        ? stringEntries(selector).every(({ key, value }) => labels.get(key) === value)
        : selects(selector, labels);
      if (ok) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `${describeObject(pod.object)} selects pods by labels its own template does not carry: the API server rejects it (or, for older APIs, the controller never sees its pods). Make \`selector\` and \`template.metadata.labels\` agree.`,
      });
    }
  },
};
