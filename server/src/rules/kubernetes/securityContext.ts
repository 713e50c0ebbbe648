// What the Pod Security "restricted" level asks of every container, and what
// a container already inherits from its pod.
import { mapAt, scalarAt, stringAt } from '../../engine/yaml/document';
import type { Container } from '../../engine/kubernetes/model';
import type { YamlValue } from '../../engine/yaml/edit';

export function isWindowsPod(container: Container): boolean {
  return stringAt(mapAt(container.pod.spec, 'os'), 'name') === 'windows';
}

/** The restricted container securityContext, less what the pod-level securityContext already guarantees. */
export function restrictedContainerContext(container: Container): { [key: string]: YamlValue } {
  const pod = mapAt(container.pod.spec, 'securityContext');
  const podSeccomp = stringAt(mapAt(pod, 'seccompProfile'), 'type');
  const entries: { [key: string]: YamlValue } = {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    readOnlyRootFilesystem: true,
  };
  if (scalarAt(pod, 'runAsNonRoot') !== true) entries.runAsNonRoot = true;
  if (podSeccomp !== 'RuntimeDefault' && podSeccomp !== 'Localhost') entries.seccompProfile = { type: 'RuntimeDefault' };
  return entries;
}
