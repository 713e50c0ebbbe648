// No process-count limit.
import { missingSettingRule, settingAt } from './missingSetting';
import { text } from './sites';

const UNLIMITED = new Set(['-1', '0']);

export const rule = missingSettingRule({
  id: 'DC025',
  title: 'Service has no PIDs limit',
  severity: 'off',
  category: 'hygiene',
  references: ['kics:221e0658-cb2a-44e3-b08a-db96a341d6fa', 'cis-docker:5.29'],
}, {
  lacks(model, s) {
    const limit = settingAt(model, s, 'pids_limit') ?? settingAt(model, s, 'deploy.resources.limits.pids');
    const value = text(limit?.value);
    if (limit && (value === undefined || !UNLIMITED.has(value))) return undefined;
    return `${limit ? `its PIDs limit is \`${value}\` (unlimited)` : 'no `pids_limit`'}: a fork bomb in the container can exhaust the host's process table.`;
  },
});
