// Pod volumes and their sources.
import { isMap } from 'yaml';
import { pairOf, seqAt, stringAt, mapAt, type YamlMap, type YamlPair } from '../../engine/yaml/document';
import type { PodSpec } from '../../engine/kubernetes/model';

export interface Volume { map: YamlMap; name: string; source?: YamlPair }

/** Every volume source field the API knows (a volume with none is defaulted to emptyDir). */
export const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile',
  'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO',
  'storageos', 'csi', 'ephemeral', 'image',
];

export function volumesOf(pod: PodSpec): Volume[] {
  return (seqAt(pod.spec, 'volumes')?.items ?? []).filter(isMap).map((v) => {
    const map = v as YamlMap;
    const source = VOLUME_SOURCES.map((s) => pairOf(map, s)).find((p) => p !== undefined);
    return { map, name: stringAt(map, 'name') ?? '(unnamed)', source };
  });
}

/** The hostPath pair of a hostPath volume, with its path ('' when unset), normalised without a trailing slash. */
export function hostPathOf(volume: Volume): { pair: YamlPair; path: string } | undefined {
  const pair = pairOf(volume.map, 'hostPath');
  if (!pair) return undefined;
  const path = stringAt(mapAt(volume.map, 'hostPath'), 'path') ?? '';
  return { pair, path: path.length > 1 ? path.replace(/\/+$/, '') : path };
}

export interface EmptyDir { volume: Volume; pair: YamlPair; memory: boolean; sizeLimit: boolean }

/** The emptyDir volumes of a pod, with their medium and whether they set a sizeLimit. */
export function emptyDirsOf(pod: PodSpec): EmptyDir[] {
  return volumesOf(pod).flatMap((volume) => {
    const pair = pairOf(volume.map, 'emptyDir');
    if (!pair) return [];
    const dir = mapAt(volume.map, 'emptyDir');
    const limit = pairOf(dir, 'sizeLimit');
    return [{ volume, pair, memory: stringAt(dir, 'medium') === 'Memory', sizeLimit: !!limit && (limit.value as { value?: unknown } | null)?.value !== null }];
  });
}
