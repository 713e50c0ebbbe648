// PSS restricted procMount_restricted (v1.35+): no unmasked /proc even in a user namespace.
import type { KubernetesRule } from '../rule';
import { checkProcMount } from './procMount';

export const rule: KubernetesRule = {
  id: 'K8S020',
  title: 'User-namespaced container mounts /proc unmasked',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: true,
  podSecurityLevel: 'restricted',
  references: ['pss:restricted:procMount_restricted'],
  check(model, report) { checkProcMount(model, report, true); },
};
