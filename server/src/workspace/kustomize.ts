// Kustomize patches: a file listed under `patches`, `patchesStrategicMerge` or
// `patchesJson6902` of the kustomization beside it is a partial object, so the
// engine must not report the fields it leaves out (they come from the base).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';
import { parse } from 'yaml';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

interface Cached { mtimeMs: number; patches: Set<string> }
const cache = new Map<string, Cached>();

/** The patch paths a kustomization lists, normalised relative to its directory. */
export function patchPaths(kustomization: unknown): Set<string> {
  const out = new Set<string>();
  if (typeof kustomization !== 'object' || kustomization === null) return out;
  const k = kustomization as Record<string, unknown>;
  const add = (p: unknown) => { if (typeof p === 'string' && !p.includes('\n')) out.add(normalize(p)); };
  for (const field of ['patches', 'patchesJson6902', 'patchesStrategicMerge']) {
    const list = k[field];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (typeof entry === 'string') add(entry);
      else if (typeof entry === 'object' && entry !== null) add((entry as Record<string, unknown>).path);
    }
  }
  return out;
}

function patchesBeside(dir: string): Set<string> | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    let mtimeMs: number;
    try { mtimeMs = statSync(file).mtimeMs; } catch { return undefined; }
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.patches;
    let patches = new Set<string>();
    try { patches = patchPaths(parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 })); } catch { /* unreadable: no patches */ }
    cache.set(file, { mtimeMs, patches });
    return patches;
  }
  return undefined;
}

/** Whether the kustomization in the file's own directory lists it as a patch. */
export function isKustomizePatch(filePath: string | undefined): boolean {
  if (filePath === undefined) return false;
  return patchesBeside(dirname(filePath))?.has(basename(filePath)) ?? false;
}
