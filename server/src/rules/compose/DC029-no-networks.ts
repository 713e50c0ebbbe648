// No `networks`: the service sits on the project's default network with every other service.
import { missingSettingRule, settingAt } from './missingSetting';
import { text } from './sites';

export const rule = missingSettingRule({
  id: 'DC029',
  title: 'Service joins no named network',
  severity: 'off',
  category: 'network',
  references: ['kics:ce14a68b-1668-41a0-ab7d-facd9f784742', 'cis-docker:5.30'],
}, {
  lacks(model, s) {
    if (settingAt(model, s, 'networks')) return undefined;
    const mode = text(settingAt(model, s, 'network_mode')?.value);
    if (mode !== undefined && mode !== 'host' && mode !== 'bridge' && mode !== 'default') return undefined;
    return 'no `networks`: it shares one flat network with every other service, so each can reach all the others. Put services on networks by the traffic they need (an `internal: true` one for the database).';
  },
});
