// `environment` as a mapping (`KEY: value`, merge keys allowed) or a list
// (`- KEY=value`), along the `extends` chain (the service's own value wins).
import { isMap, isSeq, type Node } from 'yaml';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import { knownSecretFormat, secretReason } from '../kubernetes/secrets';
import { text } from './sites';

export interface EnvVar {
  name: string;
  /** Undefined for a pass-through (`KEY` or `KEY:`): the value comes from the shell. */
  value?: string;
  /** Where the variable is written: the pair's key (map) or the item (list). */
  node: Node;
  form: 'map' | 'list';
  /** The map entry (map form), for edits. */
  pair?: Entry;
  /** The `environment` (or `args`) entry holding it. */
  entry: Entry;
  /** Written in an anchor or a merged mapping rather than in this service. */
  shared: boolean;
}

/** The variables of one `environment`/`args` value. */
export function variablesOf(model: ComposeModel, entry: Entry): EnvVar[] {
  const out: EnvVar[] = [];
  if (isMap(entry.value)) {
    for (const e of model.entries(entry.value)) {
      out.push({ name: e.key, value: text(e.value), node: e.pair.key as Node, form: 'map', pair: e, entry, shared: entry.shared || e.shared });
    }
  } else if (isSeq(entry.value)) {
    for (const item of entry.value.items) {
      const spec = text(model.resolve(item));
      if (spec === undefined) continue;
      const eq = spec.indexOf('=');
      out.push({ name: eq < 0 ? spec : spec.slice(0, eq), value: eq < 0 ? undefined : spec.slice(eq + 1), node: item as Node, form: 'list', entry, shared: entry.shared });
    }
  }
  return out;
}

export function environmentOf(model: ComposeModel, service: Service): EnvVar[] {
  const seen = new Set<string>();
  return model.effectiveAll(service, 'environment').flatMap((e) => variablesOf(model, e)).filter((v) => !seen.has(v.name) && seen.add(v.name));
}

/** Credentials in a URL: `scheme://user:password@host`, unless the password is a `$` variable. */
function urlCredentials(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:([^\s@/]+)@/i.exec(value);
  return m && !/^\$/.test(m[1]) && m[1].length >= 4 ? 'its value is a URL with a password in it' : undefined;
}

/** Why `name=value` looks like a literal credential; `$VAR` interpolation is not one. */
export function composeSecretReason(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\$/.test(v)) return knownSecretFormat(v) ? `its value looks like ${knownSecretFormat(v)}` : undefined;
  return secretReason(name, v) ?? urlCredentials(v);
}
