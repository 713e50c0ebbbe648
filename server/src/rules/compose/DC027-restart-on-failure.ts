// `on-failure` restarts capped at a count other than 5 (CIS 5.15).
import type { ComposeRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import type { Entry } from '../../engine/compose/model';
import { settingAt } from './missingSetting';
import { describeServices, sites, text } from './sites';

export const rule: ComposeRule = {
  id: 'DC027',
  title: 'on-failure restart count is not 5',
  kind: 'compose',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: ['kics:2fc99041-ddad-49d5-853f-e35e70a48391', 'cis-docker:5.15'],
  check(model, report) {
    const found = sites<{ entry: Entry; count: string }>(report, (services, { entry, count }) => ({
      range: keyRange(model.file.lines, entry.pair),
      message: `${describeServices(services)}: the on-failure restart policy ${count ? `retries ${count} times` : 'retries forever'}; CIS recommends 5, so a crashing service neither gives up too soon nor loops endlessly.`,
    }));
    for (const service of model.services) {
      const restart = model.effective(service, 'restart');
      const m = /^on-failure(?::(\d+))?$/.exec(text(restart?.value) ?? '');
      if (restart && m && m[1] !== '5') found.add(restart.pair, service, { entry: restart, count: m[1] ?? '' });
      const condition = settingAt(model, service, 'deploy.restart_policy.condition');
      if (condition && text(condition.value) === 'on-failure') {
        const attempts = settingAt(model, service, 'deploy.restart_policy.max_attempts');
        const count = text(attempts?.value) ?? '';
        if (count !== '5') found.add((attempts ?? condition).pair, service, { entry: attempts ?? condition, count });
      }
    }
    found.flush();
  },
};
