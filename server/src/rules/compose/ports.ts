// Published ports, short (`"127.0.0.1:8080:80/tcp"`, `"[::1]:80:80"`, `8080`) and long syntax.
import { isMap, isSeq, type Node } from 'yaml';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import { text } from './sites';

export interface Port {
  /** The item as written in the `ports` list. */
  node: Node;
  /** The `ports` entry holding it. */
  entry: Entry;
  long: boolean;
  /** Undefined: no host IP. A `${VAR}` host IP is kept as written. */
  hostIp?: string;
  /** Published host port or range; undefined when Docker picks one. */
  hostPort?: string;
  containerPort?: string;
  protocol: string;
}

/** `${…}` expansions replaced by same-length filler, so colons inside them do not split. */
function maskVariables(s: string): string {
  return s.replace(/\$\{[^}]*\}/g, (m) => 'V'.repeat(m.length));
}

export function parseShortPort(spec: string): Omit<Port, 'node' | 'entry' | 'long'> | undefined {
  const protocol = (/\/(tcp|udp|sctp)$/i.exec(spec.trim())?.[1] ?? 'tcp').toLowerCase();
  let rest = spec.trim().replace(/\/(tcp|udp|sctp)$/i, '');
  let hostIp: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']:');
    if (close < 0) return undefined;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 2);
  }
  const masked = maskVariables(rest);
  const cuts: number[] = [];
  for (let i = 0; i < masked.length; i++) if (masked[i] === ':') cuts.push(i);
  const parts = [0, ...cuts.map((c) => c + 1)].map((start, i) => rest.slice(start, i < cuts.length ? cuts[i] : undefined));
  if (parts.length > 3 || (hostIp !== undefined && parts.length !== 2)) return undefined;
  if (parts.length === 3) return { hostIp: parts[0], hostPort: parts[1] || undefined, containerPort: parts[2], protocol };
  if (parts.length === 2) return { hostIp, hostPort: parts[0] || undefined, containerPort: parts[1], protocol };
  return { containerPort: parts[0], protocol };
}

/** Every published port of a service, its `extends` chain included. */
export function portsOf(model: ComposeModel, service: Service): Port[] {
  const out: Port[] = [];
  for (const entry of model.effectiveAll(service, 'ports')) {
    if (!isSeq(entry.value)) continue;
    for (const item of entry.value.items) {
      const node = model.resolve(item);
      if (isMap(node)) {
        const get = (k: string) => text(model.entry(node, k)?.value);
        out.push({ node: item as Node, entry, long: true, hostIp: get('host_ip'), hostPort: get('published'), containerPort: get('target'), protocol: get('protocol') ?? 'tcp' });
        continue;
      }
      const spec = text(node);
      const parsed = spec === undefined ? undefined : parseShortPort(spec);
      if (parsed) out.push({ node: item as Node, entry, long: false, ...parsed });
    }
  }
  return out;
}
