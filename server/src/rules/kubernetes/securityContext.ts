// What the Pod Security levels read from pods and containers: securityContexts
// at both levels, inheritance, the Windows and user-namespace exemptions, and
// what a container already inherits from its pod.
import { isMap, isScalar } from 'yaml';
import { keyRange, mapAt, nodeRange, pairOf, scalarAt, stringAt, type YamlMap, type YamlPair } from '../../engine/yaml/document';
import { describeContainer, describeObject, type Container, type KubernetesModel, type PodSpec } from '../../engine/kubernetes/model';
import type { YamlValue } from '../../engine/yaml/edit';
import type { Fix, Range, TextEdit } from '../../engine/types';

export function isWindowsPod(container: Container): boolean {
  return isWindows(container.pod);
}

export function isWindows(pod: PodSpec): boolean {
  return stringAt(mapAt(pod.spec, 'os'), 'name') === 'windows';
}

/** `spec.hostUsers: false`: the pod runs in a user namespace, which relaxes some checks (v1.35+). */
export function usesUserNamespace(pod: PodSpec): boolean {
  return scalarAt(pod.spec, 'hostUsers') === false;
}

export const podContext = (pod: PodSpec): YamlMap | undefined => mapAt(pod.spec, 'securityContext');
export const containerContext = (c: Container): YamlMap | undefined => mapAt(c.map, 'securityContext');

/** A securityContext that applies: the pod's, or one container's. */
export interface ContextSite { map: YamlMap; pod: PodSpec; container?: Container; where: string }

/** Every pod-level and container-level securityContext mapping in the file, computed once. */
export function securityContexts(model: KubernetesModel): ContextSite[] {
  return model.file.memo(securityContexts, () => findSecurityContexts(model));
}

function findSecurityContexts(model: KubernetesModel): ContextSite[] {
  const list: ContextSite[] = [];
  for (const pod of model.pods) {
    const map = podContext(pod);
    if (map) list.push({ map, pod, where: `pod of ${describeObject(pod.object)}` });
  }
  for (const container of model.containers) {
    const map = containerContext(container);
    if (map) list.push({ map, pod: container.pod, container, where: describeContainer(container) });
  }
  return list;
}

/** The container's own value of a securityContext field, else the pod's. */
export function effectiveSetting(container: Container, key: string): { value: unknown; pair: YamlPair; level: 'pod' | 'container' } | undefined {
  const own = pairOf(containerContext(container), key);
  if (own) return { value: isScalar(own.value) ? own.value.value : own.value, pair: own, level: 'container' };
  const pod = pairOf(podContext(container.pod), key);
  if (pod) return { value: isScalar(pod.value) ? pod.value.value : pod.value, pair: pod, level: 'pod' };
  return undefined;
}

/** Where a finding about a container points: its name, or its first key. */
export function containerRange(model: KubernetesModel, container: Container): Range {
  const name = pairOf(container.map, 'name');
  return name ? nodeRange(model.file.lines, name.value) : keyRange(model.file.lines, container.map.items[0]);
}

/** Where a finding about a whole pod points: the `spec` key holding it. */
export function podRange(model: KubernetesModel, pod: PodSpec): Range {
  return pod.key ? keyRange(model.file.lines, pod.key) : nodeRange(model.file.lines, pod.object.map.items[0]?.key);
}

export { isTrue } from '../../engine/yaml/document';
export function mapOf(v: unknown): YamlMap | undefined { return isMap(v) ? (v as YamlMap) : undefined; }

/** The restricted container securityContext, less what the pod-level securityContext already guarantees. */
export function restrictedContainerContext(container: Container): { [key: string]: YamlValue } {
  const pod = podContext(container.pod);
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

/** A one-fix list, or none when the edit builders found nothing safe to change. */
export function fixList(title: string, edits: TextEdit[] | undefined): Fix[] {
  return edits && edits.length > 0 ? [{ title, edits }] : [];
}
