// Rules about one scalar service setting with a risky value (`network_mode: host`,
// `privileged: true`, ...): the merged service is judged, the finding points at
// the key where the value is written, and the fix removes or replaces it there.
import type { ComposeRule } from '../rule';
import type { Entry, Service } from '../../engine/compose/model';
import { keyRange } from '../../engine/yaml/document';
import { replaceNode } from '../../engine/yaml/edit';
import type { Node } from 'yaml';
import { removeEntry } from './edits';
import { describeServices, sites, text } from './sites';

export interface SettingCheck {
  keys: string[];
  /** Whether the written value is the risky one. */
  bad(value: string): boolean;
  /** The finding's text; `who` is "Service `a`" or "Services `a` and `b`". */
  message(who: string, key: string, value: string, services: Service[]): string;
  /** Remove the key (with `neutral` as the value when it cannot go), or replace the value. */
  fix?: { title: string; neutral?: string } | { title: string; replace: string };
}

export function settingRule(meta: Omit<ComposeRule, 'check' | 'kind'>, check: SettingCheck): ComposeRule {
  return {
    ...meta,
    kind: 'compose',
    check(model, report) {
      const found = sites<{ entry: Entry; value: string }>(report, (services, { entry, value }) => {
        const fix = check.fix;
        const edit = !fix ? undefined : 'replace' in fix ? replaceNode(model.file, entry.value as Node, fix.replace) : removeEntry(model.file, entry, fix.neutral);
        return {
          range: keyRange(model.file.lines, entry.pair),
          message: check.message(describeServices(services), entry.key, value, services),
          fixes: fix && edit ? [{ title: fix.title, edits: [edit] }] : [],
        };
      });
      for (const service of model.services) {
        for (const key of check.keys) {
          const entry = model.effective(service, key);
          const value = text(entry?.value);
          if (entry && value !== undefined && check.bad(value)) found.add(entry.pair, service, { entry, value });
        }
      }
      found.flush();
    },
  };
}
