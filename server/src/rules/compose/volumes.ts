// Service mounts, short (`./src:/app:ro,z`) and long syntax (`{type: bind, source, target}`).
import { isMap, isSeq, type Node } from 'yaml';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import { isTrue, text } from './sites';

export interface Mount {
  node: Node;
  entry: Entry;
  long: boolean;
  type: string;
  source?: string;
  target?: string;
  readOnly: boolean;
  propagation?: string;
}

/** A host path rather than a named volume: absolute, relative, home, a variable, or a Windows drive. */
export function isHostPath(source: string): boolean {
  return /^([/.~$]|[A-Za-z]:[\\/])/.test(source);
}

export function parseShortMount(spec: string): Omit<Mount, 'node' | 'entry' | 'long'> {
  const drive = /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0;
  const parts = [spec.slice(0, drive) + spec.slice(drive).split(':')[0], ...spec.slice(drive).split(':').slice(1)];
  if (parts.length === 1) return { type: 'volume', target: parts[0], readOnly: false };
  const [source, target, mode = ''] = parts;
  const options = mode.split(',');
  return {
    type: isHostPath(source) ? 'bind' : 'volume', source, target,
    readOnly: options.includes('ro'),
    propagation: options.find((o) => /^r?(shared|slave|private)$/.test(o)),
  };
}

export function mountsOf(model: ComposeModel, service: Service): Mount[] {
  const out: Mount[] = [];
  for (const entry of model.effectiveAll(service, 'volumes')) {
    if (!isSeq(entry.value)) continue;
    for (const item of entry.value.items) {
      const node = model.resolve(item);
      if (isMap(node)) {
        const get = (k: string) => text(model.entry(node, k)?.value);
        out.push({
          node: item as Node, entry, long: true, type: get('type') ?? 'volume', source: get('source'), target: get('target'),
          readOnly: isTrue(model.entry(node, 'read_only')?.value),
          propagation: text(model.entry(model.entry(node, 'bind')?.value, 'propagation')?.value),
        });
        continue;
      }
      const spec = text(node);
      if (spec !== undefined) out.push({ node: item as Node, entry, long: false, ...parseShortMount(spec) });
    }
  }
  return out;
}
