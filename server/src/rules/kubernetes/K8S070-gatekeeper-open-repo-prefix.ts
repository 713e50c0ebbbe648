// Gatekeeper K8sAllowedRepos prefixes that match more than the registry or org meant.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { mapAt, nodeRange, seqAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S070',
  title: 'Gatekeeper allowed-repos prefix is open-ended',
  kind: 'kubernetes',
  severity: 'info',
  category: 'supply-chain',
  fixable: false,
  references: ['trivy:KSV-0124'],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind !== 'K8sAllowedRepos') continue;
      for (const item of seqAt(mapAt(mapAt(object.map, 'spec'), 'parameters'), 'repos')?.items ?? []) {
        if (!isScalar(item) || typeof item.value !== 'string' || /[/:@]$/.test(item.value)) continue;
        report({
          range: nodeRange(model.file.lines, item),
          message: `${describeObject(object)} allows images starting with \`${item.value}\`, which also matches \`${item.value}-evil/…\` and \`${item.value}.attacker.example/…\`. End a registry or organisation with \`/\`, a single image with \`:\` or \`@\`.`,
        });
      }
    }
  },
};
