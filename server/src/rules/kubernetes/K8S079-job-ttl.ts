// A standalone Job without ttlSecondsAfterFinished: finished Jobs and their pods pile up.
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S079',
  title: 'Job without ttlSecondsAfterFinished',
  kind: 'kubernetes',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:job-ttl-seconds-after-finished'],
  check(model, report) {
    if (model.partial) return;
    for (const job of model.objects) {
      const spec = pairOf(job.map, 'spec');
      if (job.kind !== 'Job' || !spec || pairOf(mapAt(job.map, 'spec'), 'ttlSecondsAfterFinished')) continue;
      report({
        range: keyRange(model.file.lines, spec),
        message: `${describeObject(job)} sets no \`ttlSecondsAfterFinished\`: the finished Job and its pods (with their logs and any mounted secrets) stay until someone deletes them.`,
      });
    }
  },
};
