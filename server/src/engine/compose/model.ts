// Docker Compose files as Compose reads them: services (also ones written as an
// alias), YAML merge keys (`<<: *a`, `<<: [*a, *b]`), aliases and same-file
// `extends`, each value paired with the node where it is written, so rules judge
// the merged service and report (and fix) where the user can edit it.
import { isAlias, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { mapAt, type YamlDocument, type YamlFile, type YamlMap, type YamlPair, type YamlSeq } from '../yaml/document';
import { withFileStyle, type YamlStyle } from '../yaml/edit';

/** One key of a mapping as Compose sees it after merges. */
export interface Entry {
  key: string;
  /** The pair that holds the value: in the service itself, or in the anchored mapping it merges. */
  pair: YamlPair;
  /** The mapping that holds `pair`, which is where an edit goes. */
  owner: YamlMap;
  /** The value, with an alias resolved to its anchored node; null for `key:`. */
  value: Node | null;
  /** The value is shared: it came through a merge key or an alias, so editing it changes every user. */
  shared: boolean;
}

export interface ComposeDocument {
  doc: YamlDocument;
  /** The document's top-level mapping. */
  root: YamlMap;
  services: Service[];
}

export interface Service {
  name: string;
  /** The `name:` pair under `services`, where findings about the whole service point. */
  pair: YamlPair;
  /** The service mapping (an alias resolved). */
  map: YamlMap;
  document: ComposeDocument;
  /** The same-file service named by `extends`, if it exists. */
  base?: Service;
  /** `extends` names another file or a missing service: settings may come from where we cannot see. */
  extendsUnseen: boolean;
  profiles: string[];
}

export interface ComposeModel {
  file: YamlFile;
  style: YamlStyle;
  documents: ComposeDocument[];
  services: Service[];
  /** The keys of `map` after merge keys, own keys first (they win). */
  entries(map: unknown): Entry[];
  /** One key of `map` after merge keys. */
  entry(map: unknown, key: string): Entry | undefined;
  /** A service's key: its own (merges included), else the one it `extends`. */
  effective(service: Service, key: string): Entry | undefined;
  /** Every definition of a list-like key along the `extends` chain (Compose concatenates them). */
  effectiveAll(service: Service, key: string): Entry[];
  /** `node` with aliases resolved. */
  resolve(node: unknown): Node | null;
  /** A value derived from a service, computed once per model (ports, mounts, ...: several rules read them). */
  memo<T>(service: Service, name: string, compute: () => T): T;
}

/**
 * Whether two services can be up at once: a service without profiles always starts, and two
 * services whose profiles share none are alternatives (`--profile postgres` or `--profile mysql`).
 */
export function mayRunTogether(a: Service, b: Service): boolean {
  return a === b || a.profiles.length === 0 || b.profiles.length === 0 || a.profiles.some((p) => b.profiles.includes(p));
}

/**
 * Names or ports that services take for themselves (a container name, a host port): who holds
 * a key, among the services that can run alongside `service`.
 */
export class Claims {
  private readonly holders = new Map<string, Service[]>();

  keys(): IterableIterator<string> { return this.holders.keys(); }

  /** The first service holding one of `keys` that can be up together with `service`. */
  rival(keys: string[], service: Service): Service | undefined {
    for (const key of keys) {
      const rival = this.holders.get(key)?.find((holder) => mayRunTogether(holder, service));
      if (rival) return rival;
    }
    return undefined;
  }

  take(key: string, service: Service): void {
    const list = this.holders.get(key);
    if (list) list.push(service); else this.holders.set(key, [service]);
  }
}

/** A top level with `services` holding mappings: how Compose files look, whatever their name. */
export function looksLikeCompose(file: YamlFile): boolean {
  const services = mapAt(file.documents[0]?.contents, 'services');
  return Boolean(services && services.items.length > 0 && services.items.every((p) => isMap(p.value) || isAlias(p.value) || p.value === null || isScalar(p.value) && p.value.value === null));
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.type === 'PLAIN' && (key.value === '<<' || typeof key.value === 'symbol');
}

/** Merge and extends chains deeper than this are not followed (they are hand-written, never this deep). */
const MAX_DEPTH = 16;

export function buildComposeModel(file: YamlFile): ComposeModel {
  const anchorsByDoc = new Map<YamlDocument, Map<string, Node[]>>();
  const docOf = new Map<Node, YamlDocument>();
  const entriesCache = new Map<YamlMap, Entry[]>();

  /** Anchors of a document, indexed on first use: one walk per document. */
  function anchors(doc: YamlDocument): Map<string, Node[]> {
    let index = anchorsByDoc.get(doc);
    if (!index) {
      const found = new Map<string, Node[]>();
      visit(doc, (_, node) => {
        const n = node as Node;
        if ((n as { anchor?: string }).anchor) {
          const name = (n as { anchor: string }).anchor;
          found.set(name, [...found.get(name) ?? [], n]);
        }
      });
      anchorsByDoc.set(doc, index = found);
    }
    return index;
  }

  function docAt(offset: number): YamlDocument | undefined {
    return file.documents.find((d) => d.range[0] <= offset && offset <= d.range[2]);
  }

  /** An alias's target: the last definition of its anchor before it; never follows more than MAX_DEPTH aliases. */
  function resolve(node: unknown): Node | null {
    let current = node;
    for (let i = 0; isAlias(current) && i < MAX_DEPTH; i++) {
      const at = current.range?.[0] ?? 0;
      const doc = docOf.get(current) ?? docAt(at);
      const defs = doc ? anchors(doc).get(current.source) ?? [] : [];
      current = [...defs].reverse().find((d) => (d.range?.[0] ?? 0) < at);
    }
    if (isAlias(current) || current === undefined) return null;
    return (current as Node | null) ?? null;
  }

  function entries(map: unknown): Entry[] {
    if (!isMap(map)) return [];
    const cached = entriesCache.get(map as YamlMap);
    if (cached) return cached;
    const out: Entry[] = [];
    const seen = new Set<string>();
    const visited = new Set<YamlMap>();
    // Own keys first; then merged maps in order (an earlier one wins); each map once, so alias bombs stay linear.
    const collect = (m: YamlMap, shared: boolean, depth: number) => {
      if (visited.has(m) || depth > MAX_DEPTH) return;
      visited.add(m);
      const merges: YamlMap[] = [];
      for (const pair of m.items as YamlPair[]) {
        if (isMergeKey(pair.key)) {
          const v = resolve(pair.value);
          const sources = isSeq(v) ? (v as YamlSeq).items.map(resolve) : [v];
          for (const s of sources) if (isMap(s)) merges.push(s as YamlMap);
          continue;
        }
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ key, pair, owner: m, value: resolve(pair.value), shared: shared || isAlias(pair.value) });
      }
      for (const merged of merges) collect(merged, true, depth + 1);
    };
    collect(map as YamlMap, false, 0);
    entriesCache.set(map as YamlMap, out);
    return out;
  }

  const byKey = new Map<YamlMap, Map<string, Entry>>();
  function entry(map: unknown, key: string): Entry | undefined {
    if (!isMap(map)) return undefined;
    let index = byKey.get(map as YamlMap);
    if (!index) byKey.set(map as YamlMap, index = new Map(entries(map).map((e) => [e.key, e])));
    return index.get(key);
  }

  const documents: ComposeDocument[] = [];
  const services: Service[] = [];
  for (const doc of file.documents) {
    if (!isMap(doc.contents)) continue;
    const document: ComposeDocument = { doc, root: doc.contents as YamlMap, services: [] };
    documents.push(document);
    const servicesMap = resolveIn(doc, entry(doc.contents, 'services')?.pair.value);
    for (const e of entries(servicesMap)) {
      if (!isMap(e.value)) continue;
      const map = e.value as YamlMap;
      const profiles = entry(map, 'profiles')?.value;
      const service: Service = {
        name: e.key, pair: e.pair, map, document, extendsUnseen: false,
        profiles: isSeq(profiles) ? profiles.items.filter(isScalar).map((s) => String(s.value)) : [],
      };
      document.services.push(service);
      services.push(service);
    }
    for (const service of document.services) linkBase(service, document);
  }

  function resolveIn(doc: YamlDocument, node: unknown): Node | null {
    if (isAlias(node)) docOf.set(node, doc);
    return resolve(node);
  }

  function linkBase(service: Service, document: ComposeDocument): void {
    const ext = entry(service.map, 'extends')?.value;
    if (!ext) return;
    const name = isScalar(ext) ? ext.value : isMap(ext) && !entry(ext, 'file') ? (entry(ext, 'service')?.value as { value?: unknown } | null)?.value : undefined;
    service.base = document.services.find((s) => s.name === name && s !== service);
    service.extendsUnseen = !service.base;
  }

  const chains = new Map<Service, Service[]>();
  const memos = new Map<Service, Map<string, unknown>>();
  function chain(service: Service): Service[] {
    let out = chains.get(service);
    if (out) return out;
    out = [];
    for (let s: Service | undefined = service; s && !out.includes(s) && out.length < MAX_DEPTH; s = s.base) out.push(s);
    chains.set(service, out);
    return out;
  }

  return withFileStyle<Omit<ComposeModel, 'style'>>({
    file, documents, services, entries, entry, resolve,
    effective(service, key) {
      if (!service.base) return entry(service.map, key);
      for (const s of chain(service)) { const e = entry(s.map, key); if (e) return e; }
      return undefined;
    },
    effectiveAll(service, key) {
      if (!service.base) { const e = entry(service.map, key); return e ? [e] : []; }
      return chain(service).map((s) => entry(s.map, key)).filter((e): e is Entry => e !== undefined);
    },
    memo(service, name, compute) {
      let values = memos.get(service);
      if (!values) memos.set(service, values = new Map());
      if (!values.has(name)) values.set(name, compute());
      return values.get(name) as ReturnType<typeof compute>;
    },
  });
}
