// A host port below 1024 is published.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { portsOf, type Port } from './ports';
import { describeServices, sites } from './sites';

export const rule: ComposeRule = {
  id: 'DC022',
  title: 'Service publishes a privileged host port',
  kind: 'compose',
  severity: 'off',
  category: 'network',
  fixable: false,
  references: ['kics:bc2908f3-f73c-40a9-8793-c1b7d5544f79', 'cis-docker:5.8'],
  check(model, report) {
    const found = sites<Port>(report, (services, port) => ({
      range: nodeRange(model.file.lines, port.node),
      message: `${describeServices(services)}: host port ${port.hostPort} is below 1024, a port normally reserved for system services. Publish a high port unless this is the host's real entry point (a reverse proxy on 80/443).`,
    }));
    for (const service of model.services) {
      for (const port of portsOf(model, service)) {
        const first = Number(/^\d+/.exec(port.hostPort ?? '')?.[0] ?? NaN);
        if (first > 0 && first < 1024) found.add(port.node, service, port);
      }
    }
    found.flush();
  },
};
