// The "move a literal secret to a Compose secret" fix: the variable becomes
// `<NAME>_FILE=/run/secrets/<name>` (the convention of the official images), the
// service lists the secret, and the top level defines it from a placeholder file.
import { isMap, isScalar, isSeq } from 'yaml';
import type { ComposeModel, Service } from '../../engine/compose/model';
import type { Fix, TextEdit } from '../../engine/types';
import type { YamlMap, YamlSeq } from '../../engine/yaml/document';
import { addToMap, appendToSeq, fillEmptyValue, isEmptyValue, replaceNode, replacePair } from '../../engine/yaml/edit';
import type { EnvVar } from './environment';
import { variablesOf } from './environment';
import { joinInserts, removeEntry, removeItems } from './edits';
import { text } from './sites';

export function secretFileOf(name: string): string { return `./secrets/${name}.txt`; }

/** Undefined when part of the edit would land in a shared anchor or in an unusual shape. */
export function moveToSecretFix(model: ComposeModel, service: Service, v: EnvVar): Fix | undefined {
  const name = v.name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
  const fileVar = `${v.name}_FILE`;
  const path = `/run/secrets/${name}`;
  const edits: TextEdit[] = [];
  const hasFileVar = variablesOf(model, v.entry).some((o) => o.name === fileVar);
  if (v.form === 'map') {
    if (!v.pair) return undefined;
    const edit = hasFileVar ? removeEntry(model.file, v.pair) : replacePair(model.file, v.pair.owner, v.pair.pair, { [fileVar]: path }, model.style);
    if (!edit) return undefined;
    edits.push(edit);
  } else if (hasFileVar) {
    const removal = removeItems(model.file, v.entry, [v.node]);
    if (!removal) return undefined;
    edits.push(...removal);
  } else {
    const source = model.file.text.slice(v.node.range![0], v.node.range![1]);
    const quote = /^["']/.test(source) ? source[0] : '';
    edits.push(replaceNode(model.file, v.node, `${quote}${fileVar}=${path}${quote}`));
  }

  const refs = model.entry(service.map, 'secrets');
  if (refs) {
    if (refs.shared || !isSeq(refs.value)) return undefined;
    const listed = (refs.value as YamlSeq).items.some((i) => (isScalar(i) ? text(i) : text(model.entry(i, 'source')?.value)) === name);
    if (!listed) edits.push(appendToSeq(model.file, refs.value as YamlSeq, name));
  } else edits.push(...addToMap(model.file, service.map, { secrets: [name] }, model.style));

  const root = service.document.root;
  const top = model.entry(root, 'secrets');
  const definition = { [name]: { file: secretFileOf(name) } };
  if (!top) edits.push(...addToMap(model.file, root, { secrets: definition }, model.style));
  else if (top.shared) return undefined;
  else if (isMap(top.value)) { if (!model.entry(top.value, name)) edits.push(...addToMap(model.file, top.value as YamlMap, definition, model.style)); }
  else if (isEmptyValue(top.pair)) edits.push(...fillEmptyValue(model.file, top.pair, definition, model.style));
  else return undefined;

  return { title: `Move ${v.name} to secret \`${name}\` (put the value in ${secretFileOf(name)})`, edits: joinInserts(model.file, edits) };
}

