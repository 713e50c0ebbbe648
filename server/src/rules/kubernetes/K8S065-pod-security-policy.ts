// PodSecurityPolicy objects: the API was removed in 1.25 and enforces nothing.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S065',
  title: 'PodSecurityPolicy object',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: [
    'checkov:CKV_K8S_1', 'checkov:CKV_K8S_2', 'checkov:CKV_K8S_3', 'checkov:CKV_K8S_4', 'checkov:CKV_K8S_5', 'checkov:CKV_K8S_6',
    'checkov:CKV_K8S_7', 'checkov:CKV_K8S_24', 'checkov:CKV_K8S_32', 'checkov:CKV_K8S_36',
  ],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind !== 'PodSecurityPolicy') continue;
      report({
        range: nodeRange(model.file.lines, pairOf(object.map, 'kind')!.value),
        message: `${describeObject(object)}: the PodSecurityPolicy API was removed in Kubernetes 1.25, so on a current cluster this object is rejected and protects nothing. Label the namespaces for Pod Security admission (\`pod-security.kubernetes.io/enforce\`) instead.`,
      });
    }
  },
};
