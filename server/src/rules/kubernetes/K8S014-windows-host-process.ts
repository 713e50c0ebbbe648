// PSS baseline windowsHostProcess: a Windows container running as a process on the node.
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { removeOrNeutralize } from '../../engine/yaml/edit';
import { isTrue, securityContexts } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S014',
  title: 'Windows HostProcess container',
  kind: 'kubernetes',
  severity: 'error',
  category: 'privilege',
  fixable: true,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:windowsHostProcess', 'trivy:KSV-0103', 'polaris:hostProcess'],
  check(model, report) {
    for (const site of securityContexts(model)) {
      const options = mapAt(site.map, 'windowsOptions');
      const pair = pairOf(options, 'hostProcess');
      if (!pair || !isTrue(pair.value)) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `The ${site.where} is a Windows HostProcess container: it runs directly on the node with the node's privileges. The baseline level forbids it.`,
        fixes: [{ title: 'Remove hostProcess', edits: [removeOrNeutralize(model.file, options!, pair, 'false')] }],
      });
    }
  },
};
