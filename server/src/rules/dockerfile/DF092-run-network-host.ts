// RUN --network=host: the step shares the build host's network stack.
import type { DockerfileRule } from '../rule';
import { runFlags } from '../../engine/dockerfile/runs';

export const rule: DockerfileRule = {
  id: 'DF092',
  title: 'RUN --network=host',
  kind: 'dockerfile',
  severity: 'info',
  category: 'isolation',
  fixable: false,
  references: [],
  check(model, report) {
    for (const flag of runFlags(model, 'network', 'host')) {
      report({
        range: flag.range,
        message: '`--network=host` gives this step the build host\'s network: it reaches services bound to localhost there and needs the `network.host` entitlement. Use the default network unless the step really needs host access.',
      });
    }
  },
};
