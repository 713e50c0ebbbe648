// No CPU limit.
import { missingSettingRule, settingAt } from './missingSetting';

export const rule = missingSettingRule({
  id: 'DC024',
  title: 'Service has no CPU limit',
  severity: 'off',
  category: 'hygiene',
  references: ['kics:6b610c50-99fb-4ef0-a5f3-e312fd945bc3', 'cis-docker:5.12'],
}, {
  lacks: (model, s) => ['cpus', 'cpu_quota', 'cpu_shares', 'deploy.resources.limits.cpus'].some((p) => settingAt(model, s, p)) ? undefined
    : 'no CPU limit or share (`cpus`, `cpu_shares` or `deploy.resources.limits.cpus`): one busy container can starve the others.',
});
