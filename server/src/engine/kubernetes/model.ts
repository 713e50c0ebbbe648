// Kubernetes objects and where their pods hide (kube-linter's "DeploymentLike"
// idea): one accessor for the pod spec of any workload kind, and every container.
import { isMap, isSeq } from 'yaml';
import { mapAt, pairOf, seqAt, stringAt, type YamlDocument, type YamlFile, type YamlMap, type YamlPair } from '../yaml/document';
import { withFileStyle, type YamlStyle } from '../yaml/edit';

export interface K8sObject { kind: string; apiVersion: string; map: YamlMap; doc: YamlDocument }

export type ContainerField = 'containers' | 'initContainers' | 'ephemeralContainers';
export const CONTAINER_FIELDS: readonly ContainerField[] = ['initContainers', 'containers', 'ephemeralContainers'];

export interface PodSpec {
  object: K8sObject;
  spec: YamlMap;
  /** The pod's own metadata (the template's, for workloads), where pod annotations live. */
  metadata?: YamlMap;
  /** The `spec` pair holding the pod spec, where findings about the whole pod point. */
  key?: YamlPair;
  /** This pod's containers, all three lists. */
  containers: Container[];
}
export interface Container { pod: PodSpec; map: YamlMap; field: ContainerField; name: string }

export interface KubernetesModel {
  file: YamlFile;
  style: YamlStyle;
  /** The file is a Kustomize patch (a partial object): absent fields are not findings. */
  partial: boolean;
  objects: K8sObject[];
  pods: PodSpec[];
  containers: Container[];
}

/** Path from an object to its pod spec, by kind. */
const POD_SPEC_PATH: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export function isK8sObject(node: unknown): node is YamlMap {
  return isMap(node) && typeof stringAt(node, 'apiVersion') === 'string' && typeof stringAt(node, 'kind') === 'string';
}

export function buildKubernetesModel(file: YamlFile, options: { partial?: boolean } = {}): KubernetesModel {
  const objects: K8sObject[] = [];
  const add = (map: YamlMap, doc: YamlDocument) => {
    const kind = stringAt(map, 'kind')!;
    objects.push({ kind, apiVersion: stringAt(map, 'apiVersion')!, map, doc });
    if (/List$/.test(kind)) {
      for (const item of seqAt(map, 'items')?.items ?? []) if (isK8sObject(item)) add(item, doc);
    }
  };
  for (const doc of file.documents) if (isK8sObject(doc.contents)) add(doc.contents, doc);

  const pods: PodSpec[] = [];
  const containers: Container[] = [];
  for (const object of objects) {
    const path = POD_SPEC_PATH[object.kind];
    if (!path) continue;
    let node: YamlMap | undefined = object.map;
    let parent: YamlMap | undefined;
    for (const key of path) { parent = node; node = node && mapAt(node, key); }
    if (!node) continue;
    const pod: PodSpec = { object, spec: node, metadata: mapAt(parent, 'metadata'), key: pairOf(parent, 'spec'), containers: [] };
    pods.push(pod);
    for (const field of CONTAINER_FIELDS) {
      const seq = seqAt(node, field);
      if (!isSeq(seq)) continue;
      for (const item of seq.items) {
        if (!isMap(item)) continue;
        const container: Container = { pod, map: item as YamlMap, field, name: stringAt(item, 'name') ?? '(unnamed)' };
        containers.push(container);
        pod.containers.push(container);
      }
    }
  }
  return withFileStyle({ file, partial: options.partial ?? false, objects, pods, containers });
}

export function hasKubernetesObject(file: YamlFile): boolean {
  return file.documents.some((d) => isK8sObject(d.contents));
}

/** "init container `x` of Deployment `web`" */
export function describeContainer(c: Container): string {
  const kindWord = c.field === 'initContainers' ? 'init container' : c.field === 'ephemeralContainers' ? 'ephemeral container' : 'container';
  const objName = stringAt(mapAt(c.pod.object.map, 'metadata'), 'name');
  return `${kindWord} \`${c.name}\` of ${c.pod.object.kind}${objName ? ` \`${objName}\`` : ''}`;
}

/** "Deployment `web`" */
export function describeObject(object: K8sObject): string {
  const name = stringAt(mapAt(object.map, 'metadata'), 'name');
  return `${object.kind}${name ? ` \`${name}\`` : ''}`;
}

/**
 * Whether a missing field of this container may be filled in elsewhere: the file
 * is a Kustomize patch, or the container has no `image` (which every full
 * container must have, so this is a patch or an overlay fragment).
 */
export function isPartialContainer(model: KubernetesModel, c: Container): boolean {
  return model.partial || pairOf(c.map, 'image') === undefined;
}

/** The same for a pod spec: a Kustomize patch, or no container in it has an `image`. */
export function isPartialPod(model: KubernetesModel, pod: PodSpec): boolean {
  return model.partial || !pod.containers.some((c) => pairOf(c.map, 'image') !== undefined);
}
