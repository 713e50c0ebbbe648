// Long-running containers without liveness or readiness probes.
import type { KubernetesRule } from '../rule';
import { pairOf } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { containerRange } from './securityContext';
import { isBatch } from './objects';

export const rule: KubernetesRule = {
  id: 'K8S048',
  title: 'Container has no liveness or readiness probe',
  kind: 'kubernetes',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: [
    'checkov:CKV_K8S_8', 'checkov:CKV_K8S_9', 'kube-linter:no-liveness-probe', 'kube-linter:no-readiness-probe',
    'polaris:livenessProbeMissing', 'polaris:readinessProbeMissing',
  ],
  check(model, report) {
    for (const container of model.containers) {
      // Init and ephemeral containers take no probes; Jobs run to completion.
      if (container.field !== 'containers' || isBatch(container.pod) || isPartialContainer(model, container)) continue;
      const missing = ['livenessProbe', 'readinessProbe'].filter((p) => !pairOf(container.map, p));
      if (missing.length === 0) continue;
      report({
        range: containerRange(model, container),
        message: `The ${describeContainer(container)} has no ${missing.join(' or ')}: a hung process keeps running and traffic reaches it before it is ready.`,
      });
    }
  },
};
