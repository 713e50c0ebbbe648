// A sysctl outside the set Kubernetes vetted as isolated per container.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { SAFE_SYSCTLS } from '../kubernetes/K8S013-unsafe-sysctl';
import { variablesOf, type EnvVar } from './environment';
import { describeServices, sites, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC039',
  title: 'Service sets an unvetted sysctl',
  kind: 'compose',
  severity: 'info',
  category: 'isolation',
  fixable: false,
  references: [],
  check(model, report) {
    const found = sites<EnvVar>(report, (services, v) => ({
      range: nodeRange(model.file.lines, v.node),
      message: `${describeServices(services)} ${verb(services, 'sets', 'set')} sysctl \`${v.name}\`, which is not on the list of sysctls known to stay inside the container: it may weaken the kernel's defences for the container's network or IPC (or the host's, with host networking).`,
    }));
    for (const service of model.services) {
      for (const entry of model.effectiveAll(service, 'sysctls')) {
        for (const v of variablesOf(model, entry)) if (!SAFE_SYSCTLS.has(v.name.trim().replace(/\//g, '.'))) found.add(v.node, service, v);
      }
    }
    found.flush();
  },
};
