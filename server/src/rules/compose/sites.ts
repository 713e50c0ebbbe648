// Findings about one written value: several services can reach the same node
// (a merged anchor, an aliased service, an extended base). They get one finding,
// at that node, naming every service, with one fix.
import { isScalar, isSeq, type Node } from 'yaml';
import type { Report, Reporter } from '../../engine/types';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';

/** "Service `a`", "Services `a` and `b`", "Services `a`, `b` and 3 more". */
export function describeServices(services: Service[]): string {
  if (services.length === 1) return `Service \`${services[0].name}\``;
  const names = [...new Set(services.map((s) => `\`${s.name}\``))];
  if (names.length === 1) return `Service ${names[0]}`;
  if (names.length <= 3) return `Services ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Services ${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/** `one` for a single service, `many` for several: "runs" / "run". */
export function verb(services: Service[], one: string, many: string): string {
  return services.length > 1 && new Set(services.map((s) => s.name)).size > 1 ? many : one;
}

export interface Sites<T> {
  add(node: unknown, service: Service, data: T): void;
  /** Builds and reports each group once, in the order the nodes were first seen. */
  flush(): void;
}

export function sites<T>(report: Reporter, build: (services: Service[], data: T) => Report | undefined): Sites<T> {
  const groups = new Map<unknown, { services: Service[]; data: T }>();
  return {
    add(node, service, data) {
      const group = groups.get(node);
      if (group) { if (!group.services.includes(service)) group.services.push(service); } else groups.set(node, { services: [service], data });
    },
    flush() {
      for (const { services, data } of groups.values()) { const r = build(services, data); if (r) report(r); }
    },
  };
}

/** A scalar node's value as text (numbers too); undefined for anything else. */
export function text(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  return String(node.value);
}

export { isTrue } from '../../engine/yaml/document';

/** The scalar items of a sequence: each item node as written (maybe an alias) with its resolved text. */
export function scalarItems(model: ComposeModel, node: unknown): { node: Node; value: string }[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((n) => { const v = text(model.resolve(n)); return v === undefined ? [] : [{ node: n as Node, value: v }]; });
}

export interface ListItem {
  /** The item as written (maybe an alias). */
  item: Node;
  /** The item with aliases resolved. */
  node: Node | null;
  /** The list's entry. */
  entry: Entry;
}

/** One key of a mapping item (long syntax) as text. */
export function field(model: ComposeModel, item: ListItem, key: string): string | undefined {
  return text(model.entry(item.node, key)?.value);
}

/** Every item of a list-valued service key (`ports`, `volumes`, ...) along the `extends` chain. */
export function listItems(model: ComposeModel, service: Service, key: string): ListItem[] {
  return model.effectiveAll(service, key).flatMap((entry) => isSeq(entry.value) ? entry.value.items.map((item) => {
    const node = model.resolve(item);
    return { item: item as Node, node, entry };
  }) : []);
}
