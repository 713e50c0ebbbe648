// PSS baseline procMount: an unmasked /proc (allowed for user-namespaced pods since v1.35).
import type { KubernetesRule } from '../rule';
import { checkProcMount } from './procMount';

export const rule: KubernetesRule = {
  id: 'K8S011',
  title: 'Container mounts /proc unmasked',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:procMount', 'trivy:KSV-0027', 'kube-linter:unsafe-proc-mount', 'polaris:procMount'],
  check(model, report) { checkProcMount(model, report, false); },
};
