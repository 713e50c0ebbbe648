// Objects placed in `default` (no boundary) or user workloads in `kube-system`.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { metadataOf } from './objects';

export const rule: KubernetesRule = {
  id: 'K8S050',
  title: 'Object in the default or kube-system namespace',
  kind: 'kubernetes',
  severity: 'off',
  category: 'isolation',
  fixable: false,
  references: ['trivy:KSV-0110', 'trivy:KSV-0037', 'checkov:CKV_K8S_21', 'kube-linter:use-namespace'],
  check(model, report) {
    const workloads = new Set(model.pods.map((p) => p.object));
    for (const object of model.objects) {
      const pair = pairOf(metadataOf(object), 'namespace');
      const ns = pair && (pair.value as { value?: unknown } | null)?.value;
      const system = ns === 'kube-system' && workloads.has(object);
      if (ns !== 'default' && !system) continue;
      report({
        range: nodeRange(model.file.lines, pair!.value),
        message: system
          ? `${describeObject(object)} runs in \`kube-system\`: that namespace holds the cluster's own components and their credentials, so a workload there shares their blast radius. Use a namespace of its own.`
          : `${describeObject(object)} is placed in the \`default\` namespace: it shares it with everything else deployed without thought, so RBAC, quotas and Pod Security labels cannot be set for it alone.`,
      });
    }
  },
};
