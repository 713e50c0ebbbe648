// PSS restricted runAsNonRoot: true on the pod or on every container; never false on a container.
import { isScalar, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { replaceNode, setPath } from '../../engine/yaml/edit';
import { containerContext, podContext, usesUserNamespace, fixList } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S017',
  title: 'Container may run as root',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  podSecurityLevel: 'restricted',
  references: [
    'pss:restricted:runAsNonRoot', 'trivy:KSV-0012', 'checkov:CKV_K8S_23', 'kube-linter:run-as-non-root', 'polaris:runAsRootAllowed',
    'kubesec:RunAsNonRoot', 'semgrep:run-as-non-root', 'semgrep:run-as-non-root-container-level',
    'semgrep:run-as-non-root-security-context-pod-level', 'semgrep:run-as-non-root-unsafe-value',
    'semgrep:run-as-non-root-container-level-missing-security-context',
  ],
  check(model, report) {
    const { file } = model;
    for (const container of model.containers) {
      const contextPair = pairOf(container.map, 'securityContext');
      // No securityContext is K8S001's; a user-namespaced pod may run as "root" (v1.35+).
      if (!contextPair || usesUserNamespace(container.pod)) continue;
      const own = pairOf(containerContext(container), 'runAsNonRoot');
      const ownValue = own && isScalar(own.value) ? own.value.value : undefined;
      if (ownValue === true) continue;
      const podPair = pairOf(podContext(container.pod), 'runAsNonRoot');
      const podValue = podPair && isScalar(podPair.value) ? podPair.value.value : undefined;
      if (!own && (podValue === true || (podValue === undefined && isPartialContainer(model, container)))) continue;
      const edits = own ? [replaceNode(file, own.value as Node, 'true')]
        : podPair && isScalar(podPair.value) ? [replaceNode(file, podPair.value as Node, 'true')]
        : setPath(file, container.pod.spec, ['securityContext', 'runAsNonRoot'], true, model.style);
      report({
        range: keyRange(file.lines, own ?? contextPair),
        message: own
          ? `The ${describeContainer(container)} sets \`runAsNonRoot: ${String(ownValue)}\`: it may run as root. The restricted level requires true.`
          : `The ${describeContainer(container)} may run as root: neither it nor its pod sets \`runAsNonRoot: true\`, so the image's user (often root) is used.`,
        fixes: fixList(own ? 'Set runAsNonRoot: true' : 'Set runAsNonRoot: true on the pod', edits),
      });
    }
  },
};
