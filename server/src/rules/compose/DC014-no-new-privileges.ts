// No `no-new-privileges:true`: setuid binaries can raise privileges inside the container.
import type { ComposeRule } from '../rule';
import { noNewPrivileges, securityOptsOf } from './securityOpt';
import { reportMissingItem } from './missingItem';
import { describeServices, verb } from './sites';

const VALUE = 'no-new-privileges:true';

export const rule: ComposeRule = {
  id: 'DC014',
  title: 'Privilege escalation is not blocked',
  kind: 'compose',
  severity: 'hint',
  category: 'privilege',
  fixable: true,
  references: ['kics:27fcc7d6-c49b-46e0-98f1-6c082a6a2750', 'kics:610e266e-6c12-4bca-9925-1ed0cd29742b', 'semgrep:no-new-privileges', 'cis-docker:5.26'],
  check(model, report) {
    reportMissingItem(model, report, {
      key: 'security_opt', item: VALUE,
      has: (service) => noNewPrivileges(securityOptsOf(model, service)),
      message: (services) => `${describeServices(services)} ${verb(services, 'does', 'do')} not set \`${VALUE}\`: setuid and setgid binaries in the image can still raise a process's privileges.`,
    });
  },
};
