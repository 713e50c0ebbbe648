// `security_opt: apparmor:unconfined`.
import { disabledConfinementRule } from './securityOpt';

export const rule = disabledConfinementRule({
  id: 'DC016',
  title: 'AppArmor is disabled',
  severity: 'warning',
  references: ['cis-docker:5.2'],
}, (opt) => opt.name === 'apparmor' && opt.value.toLowerCase() === 'unconfined'
  ? 'the container runs without the AppArmor profile that denies mounts, writes to /proc and /sys and other escape routes.'
  : undefined);
