// Two services publishing the same host port: the second one fails to start.
// Services in profiles that share none are alternatives and never clash.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { portsOf } from './ports';
import { Claims } from '../../engine/compose/model';

export const rule: ComposeRule = {
  id: 'DC034',
  title: 'Host port published twice',
  kind: 'compose',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['dclint:no-duplicate-exported-ports'],
  check(model, report) {
    for (const document of model.documents) {
      const owners = new Claims();
      const seen = new Set<unknown>();
      for (const service of document.services) {
        for (const port of portsOf(model, service)) {
          if (!port.hostPort || !/^\d+$/.test(port.hostPort) || seen.has(port.node)) continue;
          seen.add(port.node);
          const key = `${port.hostPort}/${port.protocol}`;
          const own = `${port.hostIp ?? '*'} ${key}`;
          const clash = [own, `* ${key}`, ...port.hostIp ? [] : [...owners.keys()].filter((k) => k.endsWith(` ${key}`))];
          const owner = owners.rival(clash, service);
          if (owner !== undefined) {
            report({
              range: nodeRange(model.file.lines, port.node),
              message: `Service \`${service.name}\` publishes host port ${key}, already published by ${owner.name === service.name ? 'itself' : `\`${owner.name}\``}: only one of them can bind it.`,
            });
          } else owners.take(own, service);
        }
      }
    }
  },
};
