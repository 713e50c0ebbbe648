// Object metadata, env lists and pod facts that several rules read.
import { isMap, isScalar } from 'yaml';
import { mapAt, pairOf, seqAt, stringAt, type YamlMap, type YamlPair } from '../../engine/yaml/document';
import type { Container, K8sObject, PodSpec } from '../../engine/kubernetes/model';

export const metadataOf = (object: K8sObject): YamlMap | undefined => mapAt(object.map, 'metadata');
export const nameOf = (object: K8sObject): string | undefined => stringAt(metadataOf(object), 'name');
export const annotationsOf = (object: K8sObject): YamlMap | undefined => mapAt(metadataOf(object), 'annotations');
export const labelsOf = (map: YamlMap | undefined): YamlMap | undefined => mapAt(map, 'labels');

/** The string value of each scalar pair of a mapping (labels, annotations, data). */
export function stringEntries(map: YamlMap | undefined): { key: string; value: string; pair: YamlPair }[] {
  return (map?.items ?? []).flatMap((pair) => isScalar(pair.key) && isScalar(pair.value)
    ? [{ key: String(pair.key.value), value: String(pair.value.value ?? ''), pair: pair as YamlPair }] : []);
}

/** The `env` items of a container that are mappings. */
export function envItems(container: Container): YamlMap[] {
  return (seqAt(container.map, 'env')?.items ?? []).filter(isMap) as YamlMap[];
}

/** Kinds that run to completion: probes and replicas do not apply. */
export const isBatch = (pod: PodSpec): boolean => pod.object.kind === 'Job' || pod.object.kind === 'CronJob';

/** The service account a pod runs as (`default` when unset). */
export function serviceAccountOf(pod: PodSpec): string {
  return stringAt(pod.spec, 'serviceAccountName') || stringAt(pod.spec, 'serviceAccount') || 'default';
}

/** The pair that names the service account, if any. */
export const serviceAccountPair = (pod: PodSpec): YamlPair | undefined =>
  pairOf(pod.spec, 'serviceAccountName') ?? pairOf(pod.spec, 'serviceAccount');

/** Whether a label selector matches `labels` (matchLabels and the common matchExpressions operators). */
export function selects(selector: YamlMap | undefined, labels: Map<string, string>): boolean {
  if (!selector) return false;
  for (const { key, value } of stringEntries(mapAt(selector, 'matchLabels'))) if (labels.get(key) !== value) return false;
  for (const expr of seqAt(selector, 'matchExpressions')?.items ?? []) {
    if (!isMap(expr)) return false;
    const key = stringAt(expr, 'key') ?? '';
    const values = (seqAt(expr, 'values')?.items ?? []).map((v) => String((v as { value?: unknown }).value));
    const op = stringAt(expr, 'operator');
    const has = labels.has(key);
    if (op === 'In' && !(has && values.includes(labels.get(key)!))) return false;
    if (op === 'NotIn' && has && values.includes(labels.get(key)!)) return false;
    if (op === 'Exists' && !has) return false;
    if (op === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** The labels of a pod template (or pod) as a map. */
export function podLabels(pod: PodSpec): Map<string, string> {
  return new Map(stringEntries(labelsOf(pod.metadata)).map((e) => [e.key, e.value]));
}
