// PSS restricted seccompProfile_restricted: a seccomp profile must be set, on the pod or the container.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { setPath } from '../../engine/yaml/edit';
import { containerContext, isWindowsPod, podContext, fixList } from './securityContext';

const seccompType = (context: unknown) => {
  const type = pairOf(mapAt(context, 'seccompProfile'), 'type');
  return type && isScalar(type.value) && type.value.value !== null ? type.value.value : undefined;
};

export const rule: KubernetesRule = {
  id: 'K8S019',
  title: 'No seccomp profile',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: true,
  podSecurityLevel: 'restricted',
  references: [
    'pss:restricted:seccompProfile_restricted', 'trivy:KSV-0030', 'checkov:CKV_K8S_31', 'kubesec:SeccompAny', 'polaris:linuxHardening',
  ],
  check(model, report) {
    for (const container of model.containers) {
      const contextPair = pairOf(container.map, 'securityContext');
      // No securityContext is K8S001's; Windows pods are exempt (v1.25+). A wrong value is K8S012's.
      if (!contextPair || isWindowsPod(container) || isPartialContainer(model, container)) continue;
      if (seccompType(containerContext(container)) !== undefined || seccompType(podContext(container.pod)) !== undefined) continue;
      const edits = setPath(model.file, container.pod.spec, ['securityContext', 'seccompProfile', 'type'], 'RuntimeDefault', model.style);
      report({
        range: keyRange(model.file.lines, contextPair),
        message: `The ${describeContainer(container)} has no seccomp profile, on itself or its pod: most runtimes then allow every system call. The restricted level requires RuntimeDefault or Localhost.`,
        fixes: fixList('Set the pod seccomp profile to RuntimeDefault', edits),
      });
    }
  },
};
