// `cap_add` of a capability that amounts to root on the host or its network.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import type { Entry } from '../../engine/compose/model';
import type { Node } from 'yaml';
import { capabilityName, DANGEROUS_CAPABILITIES } from './capabilities';
import { removeItems } from './edits';
import { describeServices, scalarItems, sites, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC003',
  title: 'Service adds a dangerous capability',
  kind: 'compose',
  severity: 'warning',
  category: 'capabilities',
  fixable: true,
  references: ['kics:ce76b7d0-9e77-464d-b86f-c5c48e03e22d', 'cis-docker:5.4'],
  check(model, report) {
    const found = sites<{ entry: Entry; node: Node; name: string }>(report, (services, { entry, node, name }) => {
      const edits = removeItems(model.file, entry, [node]);
      return {
        range: nodeRange(model.file.lines, node),
        message: `${describeServices(services)} ${verb(services, 'adds', 'add')} capability ${name}${name === 'ALL' ? ' (every capability)' : ''}: ${WHY[name] ?? 'it gives the container power over the host kernel, its devices or its network.'}`,
        fixes: edits ? [{ title: `Remove ${name} from cap_add`, edits }] : [],
      };
    });
    for (const service of model.services) {
      for (const entry of model.effectiveAll(service, 'cap_add')) {
        for (const item of scalarItems(model, entry.value)) {
          const name = capabilityName(item.value);
          if (DANGEROUS_CAPABILITIES.has(name)) found.add(item.node, service, { entry, node: item.node, name });
        }
      }
    }
    found.flush();
  },
};

const WHY: Record<string, string> = {
  ALL: 'that is nearly privileged mode.',
  SYS_ADMIN: 'it allows mounting filesystems and many known container escapes.',
  NET_ADMIN: 'it can reconfigure interfaces, routes and firewall rules of its network namespace (the host\'s, with host networking).',
  SYS_MODULE: 'it can load kernel modules, which is full control of the host.',
  SYS_PTRACE: 'it can trace and read the memory of other processes it can see.',
  NET_RAW: 'it can craft raw packets and spoof traffic on its network.',
};
