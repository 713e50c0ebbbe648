// Port names must be IANA service names: the API server rejects others.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { mapAt, nodeRange, pairOf, seqAt } from '../../engine/yaml/document';
import { describeContainer, describeObject } from '../../engine/kubernetes/model';

/** At most 15 characters of a-z, 0-9 and '-', with a letter, no leading, trailing or double '-'. */
export function isServiceName(name: string): boolean {
  return name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && /[a-z]/.test(name) && !name.includes('--');
}

export const rule: KubernetesRule = {
  id: 'K8S076',
  title: 'Invalid port name',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:invalid-target-ports'],
  check(model, report) {
    const bad = (node: unknown, where: () => string, what: string) => {
      if (!isScalar(node) || typeof node.value !== 'string' || isServiceName(node.value) || /[$%{}<>]/.test(node.value)) return; // templated: not ours to judge
      report({ range: nodeRange(model.file.lines, node), message: `${where()} names a port \`${node.value}\` (${what}): port names must be at most 15 lower-case letters, digits and single dashes, with at least one letter, so the API server rejects it.` });
    };
    for (const container of model.containers) {
      for (const port of seqAt(container.map, 'ports')?.items ?? []) {
        const name = isMap(port) ? pairOf(port, 'name') : undefined;
        if (name) bad(name.value, () => `The ${describeContainer(container)}`, 'ports[].name');
      }
    }
    for (const service of model.objects) {
      if (service.kind !== 'Service') continue;
      for (const port of seqAt(mapAt(service.map, 'spec'), 'ports')?.items ?? []) {
        const target = isMap(port) ? pairOf(port, 'targetPort') : undefined;
        // A numeric string is a number; only names are checked.
        if (target && !(isScalar(target.value) && /^\d+$/.test(String(target.value.value)))) {
          bad(target.value, () => describeObject(service), 'targetPort');
        }
      }
    }
  },
};
