// A Secret manifest that carries its values: base64 is an encoding, not encryption.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { isPlaceholderValue, knownSecretFormat } from './secrets';

export const rule: KubernetesRule = {
  id: 'K8S028',
  title: 'Secret values committed in the manifest',
  kind: 'kubernetes',
  severity: 'info',
  category: 'secrets',
  fixable: false,
  references: ['semgrep:secrets-in-config-file'],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind !== 'Secret' || stringAt(object.map, 'type') === 'kubernetes.io/service-account-token') continue;
      for (const field of ['stringData', 'data']) {
        const values = mapAt(object.map, field)?.items ?? [];
        const real = values.filter((p) => isScalar(p.value) && !isPlaceholderValue(decoded(field, String(p.value.value ?? ''))));
        if (real.length === 0) continue;
        const format = real.map((p) => knownSecretFormat(decoded(field, String((p.value as { value?: unknown }).value ?? '')))).find(Boolean);
        report({
          range: keyRange(model.file.lines, pairOf(object.map, field)!),
          message: `${describeObject(object)} carries ${real.length === 1 ? 'a value' : `${real.length} values`} in \`${field}\`${field === 'data' ? ' (base64 is not encryption)' : ' in plain text'}${format ? `, including ${format}` : ''}: anyone with the repository has the secret. Keep it out of git (External Secrets, Sealed Secrets, SOPS) or create it at deploy time.`,
        });
      }
    }
  },
};

function decoded(field: string, value: string): string {
  if (field !== 'data') return value;
  try { return atob(value.replace(/\s/g, '')); } catch { return value; }
}
