// `security_opt` items (`seccomp:unconfined`, `seccomp=unconfined`, `no-new-privileges`),
// and rules that report an item that switches a confinement off.
import type { ComposeRule } from '../rule';
import type { Node } from 'yaml';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import { nodeRange } from '../../engine/yaml/document';
import { removeItems } from './edits';
import { describeServices, scalarItems, sites, verb } from './sites';

export interface SecurityOpt { entry: Entry; node: Node; name: string; value: string; raw: string }

/** `name:value` or `name=value` (Docker accepts both); a bare `no-new-privileges` means true. */
export function securityOptsOf(model: ComposeModel, service: Service): SecurityOpt[] {
  return model.effectiveAll(service, 'security_opt').flatMap((entry) => scalarItems(model, entry.value).map((item) => {
    const m = /^([^:=]+)[:=](.*)$/.exec(item.value.trim());
    return { entry, node: item.node, name: (m ? m[1] : item.value).trim().toLowerCase(), value: m ? m[2].trim() : '', raw: item.value };
  }));
}

export function noNewPrivileges(opts: SecurityOpt[]): boolean {
  return opts.some((o) => o.name === 'no-new-privileges' && (o.value === '' || o.value.toLowerCase() === 'true'));
}

/** A rule reporting each `security_opt` item for which `problem` says why it is unsafe. */
export function disabledConfinementRule(meta: Omit<ComposeRule, 'check' | 'kind' | 'fixable' | 'category'>, problem: (opt: SecurityOpt) => string | undefined): ComposeRule {
  return {
    ...meta,
    kind: 'compose',
    category: 'isolation',
    fixable: true,
    check(model, report) {
      const found = sites<{ opt: SecurityOpt; why: string }>(report, (services, { opt, why }) => {
        const edits = removeItems(model.file, opt.entry, [opt.node]);
        return {
          range: nodeRange(model.file.lines, opt.node),
          message: `${describeServices(services)} ${verb(services, 'sets', 'set')} \`${opt.raw}\`: ${why}`,
          fixes: edits ? [{ title: `Remove ${opt.raw}`, edits }] : [],
        };
      });
      for (const service of model.services) {
        for (const opt of securityOptsOf(model, service)) {
          const why = problem(opt);
          if (why) found.add(opt.node, service, { opt, why });
        }
      }
      found.flush();
    },
  };
}
