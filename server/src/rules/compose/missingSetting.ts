// Rules for a setting a service lacks (resource limits, healthcheck, ...): one
// finding at the service, none when `extends` points where we cannot see.
import type { ComposeRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import { describeServices, sites } from './sites';

/** The entry at `path` (`deploy.resources.limits.memory`) of a service, merges and `extends` included. */
export function settingAt(model: ComposeModel, service: Service, path: string): Entry | undefined {
  const [first, ...rest] = path.split('.');
  let entry = model.effective(service, first);
  for (const key of rest) entry = entry && model.entry(entry.value, key);
  return entry;
}

export function missingSettingRule(meta: Omit<ComposeRule, 'check' | 'kind' | 'fixable'>, spec: {
  /** Why the service is lacking, or undefined when it is fine. */
  lacks(model: ComposeModel, service: Service): string | undefined;
}): ComposeRule {
  return {
    ...meta,
    kind: 'compose',
    fixable: false,
    check(model, report) {
      const found = sites<string>(report, (services, why) => ({ range: keyRange(model.file.lines, services[0].pair), message: `${describeServices(services)}: ${why}` }));
      for (const service of model.services) {
        if (service.extendsUnseen) continue;
        const why = spec.lacks(model, service);
        if (why) found.add(service.map, service, why);
      }
      found.flush();
    },
  };
}
