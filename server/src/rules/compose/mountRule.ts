// Rules about service mounts: each risky mount is reported once, at its list item.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import type { Fix } from '../../engine/types';
import type { ComposeModel, Service } from '../../engine/compose/model';
import { mountsOf, type Mount } from './volumes';
import { describeServices, sites } from './sites';

export function mountRule(meta: Omit<ComposeRule, 'check' | 'kind'>, check: {
  /** What is wrong with the mount, or undefined. */
  problem(mount: Mount): string | undefined;
  fix?(model: ComposeModel, mount: Mount): Fix | undefined;
}): ComposeRule {
  return {
    ...meta,
    kind: 'compose',
    check(model, report) {
      const found = sites<{ mount: Mount; problem: string }>(report, (services: Service[], { mount, problem }) => {
        const fix = check.fix?.(model, mount);
        return { range: nodeRange(model.file.lines, mount.node), message: `${describeServices(services)}: ${problem}`, fixes: fix ? [fix] : [] };
      });
      for (const service of model.services) {
        for (const mount of mountsOf(model, service)) {
          const problem = check.problem(mount);
          if (problem) found.add(mount.node, service, { mount, problem });
        }
      }
      found.flush();
    },
  };
}

/** A bind mount's host path, normalised (`/var/run/` → `/var/run`); undefined for volumes. */
export function hostPathOf(mount: Mount): string | undefined {
  if (mount.type !== 'bind' || !mount.source) return undefined;
  return mount.source === '/' ? '/' : mount.source.replace(/\/+$/, '');
}
