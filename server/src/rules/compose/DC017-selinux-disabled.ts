// `security_opt: label:disable` (or an unconfined SELinux type).
import { disabledConfinementRule } from './securityOpt';

const UNCONFINED_TYPES = new Set(['type:spc_t', 'type:unconfined_t']);

export const rule = disabledConfinementRule({
  id: 'DC017',
  title: 'SELinux separation is disabled',
  severity: 'warning',
  references: ['semgrep:selinux-separation-disabled', 'cis-docker:5.3'],
}, (opt) => {
  if (opt.name !== 'label') return undefined;
  const value = opt.value.toLowerCase();
  if (value === 'disable') return 'SELinux labelling is off, so the container is not kept apart from the host and other containers.';
  return UNCONFINED_TYPES.has(value) ? `\`${opt.value}\` is an unconfined SELinux type: the container is not kept apart from the host.` : undefined;
});
