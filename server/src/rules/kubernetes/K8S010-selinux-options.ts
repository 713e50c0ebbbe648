// PSS baseline seLinuxOptions: a custom SELinux type, user or role.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { securityContexts } from './securityContext';

/** The container types the baseline level allows (container_engine_t from v1.31). */
const ALLOWED_TYPES = new Set(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

export const rule: KubernetesRule = {
  id: 'K8S010',
  title: 'Custom SELinux options',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:seLinuxOptions', 'trivy:KSV-0025'],
  check(model, report) {
    for (const site of securityContexts(model)) {
      const options = mapAt(site.map, 'seLinuxOptions');
      for (const field of ['type', 'user', 'role']) {
        const pair = pairOf(options, field);
        if (!pair || !isScalar(pair.value)) continue;
        const value = pair.value.value;
        if (value === null || value === '' || (field === 'type' && ALLOWED_TYPES.has(String(value)))) continue;
        report({
          range: keyRange(model.file.lines, pair),
          message: field === 'type'
            ? `The ${site.where} runs under SELinux type \`${String(value)}\`: a type other than the container types (container_t, container_init_t, container_kvm_t, container_engine_t) can lift the container's confinement.`
            : `The ${site.where} sets SELinux ${field} \`${String(value)}\`: the baseline level forbids a custom SELinux ${field}.`,
        });
      }
    }
  },
};
