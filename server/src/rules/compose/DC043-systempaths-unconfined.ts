// `security_opt: systempaths=unconfined`: /proc and /sys are no longer masked.
import { disabledConfinementRule } from './securityOpt';

export const rule = disabledConfinementRule({
  id: 'DC043',
  title: 'Kernel paths are unmasked',
  severity: 'warning',
  references: [],
}, (opt) => opt.name === 'systempaths' && opt.value.toLowerCase() === 'unconfined'
  ? 'Docker no longer masks or write-protects sensitive /proc and /sys paths (/proc/kcore, /proc/sysrq-trigger, /sys/firmware, ...), which leak host memory and let the container act on the host kernel.'
  : undefined);
