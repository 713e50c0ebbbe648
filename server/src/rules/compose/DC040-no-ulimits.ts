// No `ulimits`: the daemon's defaults apply.
import { missingSettingRule, settingAt } from './missingSetting';

export const rule = missingSettingRule({
  id: 'DC040',
  title: 'Service sets no ulimits',
  severity: 'off',
  category: 'hygiene',
  references: ['cis-docker:5.19'],
}, {
  lacks: (model, s) => settingAt(model, s, 'ulimits') ? undefined
    : 'no `ulimits`: open files and processes are bounded only by the daemon\'s defaults. Set `nofile` and `nproc` to what the service needs.',
});
