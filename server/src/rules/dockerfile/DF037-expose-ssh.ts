// EXPOSE 22: an SSH server in a container is a second, unaudited way in.
import type { DockerfileRule } from '../rule';
import { forEachPort, removePortFix } from './expose';

export const rule: DockerfileRule = {
  id: 'DF037',
  title: 'SSH port 22 exposed',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'network',
  fixable: true,
  references: ['trivy:DS-0004', 'checkov:CKV_DOCKER_1'],
  check(model, report) {
    forEachPort(model, (port, l, words) => {
      if (port.lo !== 22 || port.hi !== 22 || (port.proto && port.proto.toLowerCase() !== 'tcp')) return;
      report({
        range: port.word.range,
        message: 'The image exposes port 22 (SSH). Containers are reached with `docker exec` or `kubectl exec`; an SSH server adds keys to manage and a way in to defend.',
        fixes: [removePortFix(model, l, port, words)],
      });
    });
  },
};
