// A container with no securityContext at all.
import type { KubernetesRule } from '../rule';
import { pairOf, keyRange, nodeRange } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { addToMap } from '../../engine/yaml/edit';
import { isWindowsPod, restrictedContainerContext } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S001',
  title: 'Container has no securityContext',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  podSecurityLevel: 'restricted',
  references: [
    'checkov:CKV_K8S_30', 'checkov:CKV_K8S_29', 'trivy:KSV-0118', 'pss:restricted:allowPrivilegeEscalation', 'pss:restricted:runAsNonRoot',
    'pss:restricted:seccompProfile_restricted', 'pss:restricted:capabilities_restricted', 'trivy:KSV-0001',
    'trivy:KSV-0012', 'trivy:KSV-0014', 'kube-linter:run-as-non-root', 'polaris:runAsRootAllowed', 'kubesec:RunAsNonRoot',
  ],
  check(model, report) {
    for (const container of model.containers) {
      if (pairOf(container.map, 'securityContext') || isWindowsPod(container) || isPartialContainer(model, container)) continue;
      const name = pairOf(container.map, 'name');
      report({
        range: name ? nodeRange(model.file.lines, name.value) : keyRange(model.file.lines, container.map.items[0]),
        message: `The ${describeContainer(container)} has no securityContext: it may run as root, escalate privileges and keep the default capabilities.`,
        fixes: [{
          title: 'Add restricted securityContext',
          edits: addToMap(model.file, container.map, { securityContext: restrictedContainerContext(container) }, model.style),
        }],
      });
    }
  },
};
