// No memory limit.
import { missingSettingRule, settingAt } from './missingSetting';

export const rule = missingSettingRule({
  id: 'DC023',
  title: 'Service has no memory limit',
  severity: 'off',
  category: 'hygiene',
  references: ['kics:bb9ac4f7-e13b-423d-a010-c74a1bfbe492', 'cis-docker:5.11'],
}, {
  lacks: (model, s) => settingAt(model, s, 'mem_limit') || settingAt(model, s, 'deploy.resources.limits.memory') ? undefined
    : 'no memory limit (`mem_limit` or `deploy.resources.limits.memory`): a leak or an attack can take all of the host\'s memory.',
});
