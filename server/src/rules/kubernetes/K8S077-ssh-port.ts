// A container that exposes port 22: an SSH daemon in a container is a second way in.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf, seqAt, stringAt } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S077',
  title: 'Container exposes the SSH port',
  kind: 'kubernetes',
  severity: 'info',
  category: 'network',
  fixable: false,
  references: ['kube-linter:ssh-port'],
  check(model, report) {
    for (const container of model.containers) {
      for (const port of seqAt(container.map, 'ports')?.items ?? []) {
        const pair = isMap(port) ? pairOf(port, 'containerPort') : undefined;
        if (!pair || !isScalar(pair.value) || pair.value.value !== 22 || (stringAt(port, 'protocol') ?? 'TCP') !== 'TCP') continue;
        report({
          range: nodeRange(model.file.lines, pair.value),
          message: `The ${describeContainer(container)} exposes port 22: an SSH server in a container is another login to patch, key and audit, outside Kubernetes RBAC. Use \`kubectl exec\` or ephemeral debug containers instead.`,
        });
      }
    }
  },
};
