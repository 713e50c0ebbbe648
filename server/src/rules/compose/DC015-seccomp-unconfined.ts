// `security_opt: seccomp:unconfined`.
import { disabledConfinementRule } from './securityOpt';

export const rule = disabledConfinementRule({
  id: 'DC015',
  title: 'Seccomp is disabled',
  severity: 'warning',
  references: ['kics:404fde2c-bc4b-4371-9747-7054132ac953', 'semgrep:seccomp-confinement-disabled', 'cis-docker:5.22'],
}, (opt) => opt.name === 'seccomp' && opt.value.toLowerCase() === 'unconfined'
  ? 'every system call is allowed, including the ones Docker\'s default profile blocks because they lead to kernel exploits and escapes.'
  : undefined);
