// No healthcheck, or one that is switched off.
import { isSeq } from 'yaml';
import { missingSettingRule, settingAt } from './missingSetting';
import { isTrue, scalarItems, text } from './sites';

export const rule = missingSettingRule({
  id: 'DC026',
  title: 'Service has no healthcheck',
  severity: 'off',
  category: 'hygiene',
  references: ['kics:698ed579-b239-4f8f-a388-baa4bcb13ef8', 'cis-docker:5.27'],
}, {
  lacks(model, s) {
    const check = settingAt(model, s, 'healthcheck');
    if (!check) return 'no `healthcheck` in the file (the image may define one): Compose cannot tell a hung service from a healthy one, and `depends_on` cannot wait for it.';
    const test = settingAt(model, s, 'healthcheck.test')?.value;
    const first = isSeq(test) ? scalarItems(model, test)[0]?.value : text(test);
    if (isTrue(settingAt(model, s, 'healthcheck.disable')?.value) || first === 'NONE') return 'its healthcheck is disabled, so a hung service looks healthy.';
    return undefined;
  },
});
