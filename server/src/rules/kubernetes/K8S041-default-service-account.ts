// A pod that runs as its namespace's `default` ServiceAccount.
import type { KubernetesRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { describeObject, isPartialPod } from '../../engine/kubernetes/model';
import { podRange } from './securityContext';
import { serviceAccountOf, serviceAccountPair } from './objects';

export const rule: KubernetesRule = {
  id: 'K8S041',
  title: 'Pod uses the default ServiceAccount',
  kind: 'kubernetes',
  severity: 'off',
  category: 'privilege',
  fixable: false,
  references: ['checkov:CKV_K8S_41', 'kube-linter:default-service-account', 'kubesec:ServiceAccountName'],
  check(model, report) {
    for (const pod of model.pods) {
      if (serviceAccountOf(pod) !== 'default') continue;
      const pair = serviceAccountPair(pod);
      if (!pair && isPartialPod(model, pod)) continue;
      report({
        range: pair ? nodeRange(model.file.lines, pair.value) : podRange(model, pod),
        message: `${describeObject(pod.object)} runs as the namespace's \`default\` ServiceAccount: it shares that identity, and any rights later granted to it, with every other pod that names none. Give it its own ServiceAccount (\`serviceAccountName\`).`,
      });
    }
  },
};
