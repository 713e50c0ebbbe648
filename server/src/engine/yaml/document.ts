// YAML source model: every document of a file, with offsets into the original
// text, so findings point at exact keys and fixes are minimal text edits.
import { parseAllDocuments, visit, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq, type Scalar } from 'yaml';
import { LineIndex } from '../text';
import { createMemo, type Memo } from '../memo';
import type { Range } from '../types';

export type YamlDocument = Document.Parsed;

export interface YamlFile {
  text: string;
  lines: LineIndex;
  /** Documents that parsed cleanly; a broken one does not silence the others. */
  documents: YamlDocument[];
  /** One line per document that failed to parse. */
  problems: string[];
  /** Values derived from this file, computed once. */
  memo: Memo;
}

export function parseYaml(text: string): YamlFile {
  const lines = new LineIndex(text);
  const documents: YamlDocument[] = [];
  const problems: string[] = [];
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: false });
  const all = Array.isArray(parsed) ? parsed : [];
  all.forEach((doc, i) => {
    if (doc.errors.length === 0) { documents.push(doc); return; }
    const err = doc.errors[0];
    const at = lines.position(err.pos[0]);
    problems.push(`YAML document ${i + 1} does not parse (line ${at.line + 1}): ${err.message.split('\n')[0]}`);
  });
  return { text, lines, documents, problems, memo: createMemo() };
}

export type YamlMap = YAMLMap<unknown, unknown>;
export type YamlSeq = YAMLSeq<unknown>;
export type YamlPair = Pair<unknown, unknown>;

/** The pair whose (scalar) key equals `key`. */
export function pairOf(map: unknown, key: string): YamlPair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as YamlPair | undefined;
}

export function valueOf(map: unknown, key: string): unknown {
  return pairOf(map, key)?.value ?? undefined;
}

export function mapAt(map: unknown, key: string): YamlMap | undefined {
  const v = valueOf(map, key);
  return isMap(v) ? (v as YamlMap) : undefined;
}

export function seqAt(map: unknown, key: string): YamlSeq | undefined {
  const v = valueOf(map, key);
  return isSeq(v) ? (v as YamlSeq) : undefined;
}

/** The scalar value at `key` (string, number, boolean or null), if it is a scalar. */
export function scalarAt(map: unknown, key: string): Scalar['value'] | undefined {
  const v = valueOf(map, key);
  return isScalar(v) ? v.value : undefined;
}

export function stringAt(map: unknown, key: string): string | undefined {
  const v = scalarAt(map, key);
  return typeof v === 'string' ? v : undefined;
}

export function nodeRange(lines: LineIndex, node: unknown): Range {
  const r = (node as Node | undefined)?.range;
  return r ? lines.range(r[0], r[1]) : lines.range(0, 0);
}

/** The range of a pair's key, where a finding about the pair points. */
export function keyRange(lines: LineIndex, pair: YamlPair): Range {
  return nodeRange(lines, pair.key);
}

/** `true` written as a YAML boolean (a plain `true` value counts too). */
export function isTrue(v: unknown): boolean { return isScalar(v) ? v.value === true : v === true; }

export function isPairNode(v: unknown): v is YamlPair { return isPair(v); }

/**
 * Helm (and other Go-template) sources: `{{ }}` outside quoted strings, which
 * either breaks parsing or parses as a flow mapping. Such files are not YAML until rendered.
 */
export function isTemplate(file: YamlFile): boolean {
  if (!file.text.includes('{{')) return false;
  if (file.problems.length > 0) return true;
  let found = false;
  for (const doc of file.documents) {
    visit(doc, {
      Map(_, node) {
        if (node.flow && node.range && file.text.startsWith('{{', node.range[0])) { found = true; return visit.BREAK; }
        return undefined;
      },
    });
    if (found) return true;
  }
  return false;
}
