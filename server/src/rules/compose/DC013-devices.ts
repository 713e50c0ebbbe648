// `devices:` hands host device nodes to the container.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { describeServices, scalarItems, sites, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC013',
  title: 'Service gets a host device',
  kind: 'compose',
  severity: 'info',
  category: 'isolation',
  fixable: false,
  references: ['cis-docker:5.18'],
  check(model, report) {
    const found = sites<{ node: unknown; value: string }>(report, (services, { node, value: device }) => ({
      range: nodeRange(model.file.lines, node),
      message: `${describeServices(services)} ${verb(services, 'gets', 'get')} host device \`${device.split(':')[0]}\`: the container talks to that hardware or kernel driver directly. Keep the list to what it needs, without \`m\` (mknod) permission.`,
    }));
    for (const service of model.services) {
      for (const entry of model.effectiveAll(service, 'devices')) {
        for (const item of scalarItems(model, entry.value)) found.add(item.node, service, item);
      }
    }
    found.flush();
  },
};
