// Capabilities not dropped: no `cap_drop: [ALL]` (the headline hardening fix).
import type { ComposeRule } from '../rule';
import { capabilityName } from './capabilities';
import { reportMissingItem } from './missingItem';
import { describeServices, scalarItems, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC002',
  title: 'Service does not drop all capabilities',
  kind: 'compose',
  severity: 'hint',
  category: 'capabilities',
  fixable: true,
  references: ['kics:ce76b7d0-9e77-464d-b86f-c5c48e03e22d', 'cis-docker:5.4'],
  check(model, report) {
    reportMissingItem(model, report, {
      key: 'cap_drop', item: 'ALL',
      has: (service) => model.effectiveAll(service, 'cap_drop').some((e) => scalarItems(model, e.value).some((i) => capabilityName(i.value) === 'ALL')),
      message: (services, entry) => `${describeServices(services)} ${verb(services, 'does', 'do')} not drop all capabilities${entry ? ' (`cap_drop` lacks ALL)' : ''}: `
        + 'it keeps Docker\'s default set (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, ...). Drop them all and add back only what it needs with `cap_add`.',
    });
  },
};
