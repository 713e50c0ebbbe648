// Docker Compose services with their source nodes.
import { isMap, isScalar } from 'yaml';
import { mapAt, type YamlFile, type YamlMap, type YamlPair } from '../yaml/document';
import { styleOf, type YamlStyle } from '../yaml/edit';

export interface Service { name: string; pair: YamlPair; map: YamlMap }
export interface ComposeModel { file: YamlFile; style: YamlStyle; services: Service[] }

/** A top level with `services` holding mappings: how Compose files look, whatever their name. */
export function looksLikeCompose(file: YamlFile): boolean {
  const services = mapAt(file.documents[0]?.contents, 'services');
  return Boolean(services && services.items.length > 0 && services.items.every((p) => isMap(p.value) || p.value === null || isScalar(p.value) && p.value.value === null));
}

export function buildComposeModel(file: YamlFile): ComposeModel {
  const services: Service[] = [];
  for (const doc of file.documents) {
    for (const pair of mapAt(doc.contents, 'services')?.items ?? []) {
      if (isScalar(pair.key) && isMap(pair.value)) {
        services.push({ name: String(pair.key.value), pair: pair as YamlPair, map: pair.value as YamlMap });
      }
    }
  }
  return { file, get style() { return styleOf(file); }, services };
}
