// A pod not in a user namespace: root in the container is root on the node.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeObject, isPartialPod } from '../../engine/kubernetes/model';
import { setPath } from '../../engine/yaml/edit';
import { containerContext, fixList, isTrue, isWindows, podRange } from './securityContext';

const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'];

export const rule: KubernetesRule = {
  id: 'K8S053',
  title: 'Pod does not use a user namespace',
  kind: 'kubernetes',
  severity: 'off',
  category: 'isolation',
  fixable: true,
  references: ['kubesec:HostUsers'],
  check(model, report) {
    for (const pod of model.pods) {
      const pair = pairOf(pod.spec, 'hostUsers');
      if ((pair && isScalar(pair.value) && pair.value.value === false) || isWindows(pod)) continue;
      if (!pair && isPartialPod(model, pod)) continue;
      // User namespaces cannot be combined with host namespaces; a custom /proc mount changes which checks apply.
      const compatible = !HOST_NAMESPACES.some((k) => isTrue(pairOf(pod.spec, k)?.value))
        && !pod.containers.some((c) => pairOf(containerContext(c), 'procMount'));
      report({
        range: pair ? keyRange(model.file.lines, pair) : podRange(model, pod),
        message: `${describeObject(pod.object)} runs in the node's user namespace: UID 0 in a container is UID 0 on the node, so an escape is a root compromise. Set \`hostUsers: false\` (Kubernetes 1.33+) to map container users to unprivileged host IDs.`,
        fixes: compatible ? fixList('Set hostUsers: false', setPath(model.file, pod.spec, ['hostUsers'], false, model.style)) : [],
      });
    }
  },
};
