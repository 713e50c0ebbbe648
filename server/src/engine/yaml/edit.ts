// Minimal YAML text edits: add keys to a mapping, items to a sequence, remove or
// replace a value. Existing text (comments, quoting, key order) is never rewritten;
// new text follows the file's indentation unit and sequence style.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { TextEdit } from '../types';
import type { YamlFile, YamlMap, YamlPair, YamlSeq } from './document';
import { pairOf } from './document';

export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue };
type Entries = { [key: string]: YamlValue };

export interface YamlStyle {
  /** Spaces per nesting level. */
  unit: number;
  /** `key:\n- item` (flush) rather than `key:\n  - item`. */
  flushSequences: boolean;
}

/** The file's style, read once and only when a fix needs it. */
export function styleOf(file: YamlFile): YamlStyle {
  return file.memo(styleOf, () => detectStyle(file.text));
}

/**
 * `model` with a `style` read from its file on first use. The getter sits on a shared
 * prototype: a getter written in each model's object literal would give every model
 * its own hidden class, and every rule's property reads would miss their caches.
 */
export function withFileStyle<T extends { file: YamlFile }>(model: T): T & { readonly style: YamlStyle } {
  return Object.assign(Object.create(FILE_STYLE) as { readonly style: YamlStyle }, model);
}

const FILE_STYLE = { get style(): YamlStyle { return styleOf((this as unknown as { file: YamlFile }).file); } };

/**
 * Reads the file's indentation unit and sequence style (defaults: 2, indented): each line that
 * opens a block (`key:`) against the next line that is not blank. One pass over the text, in place.
 */
export function detectStyle(text: string): YamlStyle {
  const indentCounts = new Map<number, number>();
  let flush = 0, indented = 0;
  let parentCol = -1; // the column of the last block opener, until its first child line is seen
  let nextHash = text.indexOf('#');
  // Lines as split(/\r?\n/) gives them: [start, end) without the line break.
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (parentCol >= 0 && !isBlankLine(text, start, end)) {
      let col = start;
      while (col < end && text.charCodeAt(col) === 32) col++;
      const dash = col < end && text.charCodeAt(col) === 45 /* - */ && (col + 1 === end || text.charCodeAt(col + 1) === 32);
      const childCol = col - start;
      if (dash) { if (childCol === parentCol) flush++; else if (childCol > parentCol) indented++; }
      if (childCol > parentCol) indentCounts.set(childCol - parentCol, (indentCounts.get(childCol - parentCol) ?? 0) + 1);
      parentCol = -1;
    }
    if (nextHash !== -1 && nextHash < start) nextHash = text.indexOf('#', start);
    if (endsWithColon(text, start, end) || (nextHash !== -1 && nextHash < end)) {
      const m = /^( *)(- +)?[^\s#-][^:#]*:\s*(#.*)?$/.exec(text.slice(start, end));
      if (m) parentCol = m[1].length + (m[2]?.length ?? 0);
    }
    start = nl === -1 ? text.length + 1 : nl + 1;
  }
  let unit = 2, best = 0;
  for (const [u, n] of indentCounts) if ((u === 2 || u === 4) && n > best) { unit = u; best = n; }
  return { unit, flushSequences: flush > indented };
}

/** The line's last character other than white space is `:`. */
function endsWithColon(text: string, start: number, end: number): boolean {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start && text.charCodeAt(end - 1) === 58 /* : */;
}

/** Empty, white space only, or a comment (as `/^\s*(#.*)?$/`). */
function isBlankLine(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  if (at === end) return true;
  return text.charCodeAt(at) === 35 /* # */ && /^#.*$/.test(text.slice(at, end));
}

/** What `\s` matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const pad = (n: number) => ' '.repeat(n);

/** A scalar in plain style when that reads back as the same string, else double-quoted. */
export function scalarText(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  const plainIsSafe = /^[A-Za-z_/.][\w./-]*$/.test(v) && !/^(true|false|yes|no|on|off|null|y|n|~)$/i.test(v);
  return plainIsSafe ? v : JSON.stringify(v);
}

export function renderFlow(v: YamlValue): string {
  if (Array.isArray(v)) return `[${v.map(renderFlow).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${renderFlow(x)}`).join(', ')}}`;
  return scalarText(v);
}

/** Block lines (no line breaks) for `entries`, keys at column `col`. */
export function renderBlock(entries: Entries, col: number, style: YamlStyle): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(entries)) {
    if (Array.isArray(value)) {
      out.push(`${pad(col)}${key}:`);
      const itemCol = style.flushSequences ? col : col + style.unit;
      for (const item of value) {
        if (typeof item === 'object' && !Array.isArray(item)) {
          const [first, ...rest] = renderBlock(item, itemCol + 2, style);
          out.push(`${pad(itemCol)}- ${first.trimStart()}`, ...rest);
        } else out.push(`${pad(itemCol)}- ${renderFlow(item)}`);
      }
    } else if (typeof value === 'object') {
      out.push(`${pad(col)}${key}:`, ...renderBlock(value, col + style.unit, style));
    } else out.push(`${pad(col)}${key}: ${scalarText(value)}`);
  }
  return out;
}

/**
 * The style to write inside `node`: the file's indentation unit, and the
 * sequence style of the first block sequence within `node`, if it has one
 * (files mix styles; the nearest example wins).
 */
export function styleNear(file: YamlFile, node: Node, fileStyle: YamlStyle): YamlStyle {
  // Several fixes often write into one mapping: its sequence style is read once.
  const near = file.memo(styleNear, () => new Map<Node, boolean | undefined>());
  if (!near.has(node)) near.set(node, firstSequenceStyle(file, node));
  const flush = near.get(node);
  return flush === undefined ? fileStyle : { ...fileStyle, flushSequences: flush };
}

/** Whether the first block sequence under `node` (depth first) is written flush with its key. */
function firstSequenceStyle(file: YamlFile, node: unknown): boolean | undefined {
  if (!isMap(node) && !isSeq(node)) return undefined;
  for (const item of node.items) {
    if (!isPair(item)) { const found = firstSequenceStyle(file, item); if (found !== undefined) return found; continue; }
    const seq = item.value;
    if (isSeq(seq) && !seq.flow && seq.items.length && (isScalar(item.key) || isMap(item.key))) {
      const keyCol = columnOf(file, (item.key as Node).range![0]);
      return columnOf(file, (seq.items[0] as Node).range![0]) - 2 === keyCol;
    }
    const found = firstSequenceStyle(file, item.key) ?? firstSequenceStyle(file, item.value);
    if (found !== undefined) return found;
  }
  return undefined;
}

function range(file: YamlFile, start: number, end: number) { return file.lines.range(start, end); }

/** Offset of the end of the last line holding `node`'s content (after any trailing comment). */
function endOfLastLine(file: YamlFile, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(file.text[end - 1])) end--;
  return file.lines.lineEnd(file.lines.position(Math.max(end - 1, 0)).line);
}

function columnOf(file: YamlFile, offset: number): number { return file.lines.position(offset).character; }

/**
 * Edits that give `map` every entry of `entries`: missing keys are appended,
 * nested mappings are merged, and keys that already exist are left as they are.
 */
export function addToMap(file: YamlFile, map: YamlMap, entries: Entries, style: YamlStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  const missing: Entries = {};
  for (const [key, value] of Object.entries(entries)) {
    const pair = pairOf(map, key);
    if (!pair) { missing[key] = value; continue; }
    if (typeof value === 'object' && !Array.isArray(value)) {
      if (isMap(pair.value)) edits.push(...addToMap(file, pair.value as YamlMap, value, style));
      else if (isEmptyValue(pair)) edits.push(...fillEmptyValue(file, pair, value, style));
    }
  }
  if (Object.keys(missing).length === 0) return edits;
  if (map.flow) {
    const close = map.range![1] - 1; // the closing brace
    const inner = file.text.slice(map.range![0] + 1, close).trim();
    const text = Object.entries(missing).map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ');
    edits.push({ range: range(file, close, close), newText: inner ? `, ${text}` : text });
    return edits;
  }
  // A tagged key (`!!merge <<: *a`) starts after its tag: take the column from an untagged one.
  const key = (map.items.find((p) => !(p.key as Node | null)?.tag) ?? map.items[0]).key as Node;
  const col = columnOf(file, key.range![0]);
  const at = endOfLastLine(file, map);
  const eol = file.lines.eol;
  edits.push({ range: range(file, at, at), newText: eol + renderBlock(missing, col, styleNear(file, map, style)).join(eol) });
  return edits;
}

/** A key with no value (`key:`), or an explicit null (`key: null`, `key: ~`). */
export function isEmptyValue(pair: YamlPair): boolean {
  return pair.value === null || (isScalar(pair.value) && pair.value.value === null);
}

/** Gives a `key:` with an empty or null value the mapping `entries`. */
export function fillEmptyValue(file: YamlFile, pair: YamlPair, entries: Entries, style: YamlStyle): TextEdit[] {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  if (value?.range && value.range[1] > value.range[0]) {
    return [{ range: range(file, value.range[0], value.range[1]), newText: renderFlow(entries) }];
  }
  const keyLine = file.lines.position(key.range![0]).line;
  const at = file.lines.lineEnd(keyLine);
  const col = columnOf(file, key.range![0]) + style.unit;
  const eol = file.lines.eol;
  return [{ range: range(file, at, at), newText: eol + renderBlock(entries, col, style).join(eol) }];
}

/** Appends scalar `item` to a sequence (block or flow). */
export function appendToSeq(file: YamlFile, seq: YamlSeq, item: string): TextEdit {
  if (seq.flow || seq.items.length === 0) {
    const close = seq.range![1] - 1;
    const inner = file.text.slice(seq.range![0] + 1, close).trim();
    return { range: range(file, close, close), newText: (inner ? ', ' : '') + scalarText(item) };
  }
  const first = seq.items[0] as Node;
  const dashCol = columnOf(file, first.range![0]) - 2;
  const at = endOfLastLine(file, seq);
  return { range: range(file, at, at), newText: `${file.lines.eol}${pad(Math.max(dashCol, 0))}- ${scalarText(item)}` };
}

/** Replaces a node's source text. */
export function replaceNode(file: YamlFile, node: Node, newText: string): TextEdit {
  const [start, end] = node.range!;
  // An empty value (`key:` with nothing after it) sits right after the colon: keep `key: value`.
  const glued = start === end && start > 0 && !/\s/.test(file.text[start - 1]);
  return { range: range(file, start, end), newText: glued ? ` ${newText}` : newText };
}

/**
 * Deletes a block-mapping pair with its whole line(s). Undefined when the pair
 * shares its line with other content (`- key: v`, flow style) or is the map's
 * only pair; the caller then picks another edit.
 */
export function removePairLines(file: YamlFile, map: YamlMap, pair: YamlPair): TextEdit | undefined {
  if (map.flow || map.items.length < 2) return undefined;
  const key = pair.key as Node;
  const startLine = file.lines.position(key.range![0]).line;
  const lineStart = file.lines.lineStart(startLine);
  if (file.text.slice(lineStart, key.range![0]).trim() !== '') return undefined;
  const value = (pair.value as Node | null) ?? key;
  const endLine = file.lines.position(Math.max(endOfLastLine(file, value) - 1, key.range![0])).line;
  const next = endLine + 1 < file.lines.lineCount ? file.lines.lineStart(endLine + 1) : file.text.length;
  return { range: range(file, lineStart, next), newText: '' };
}


/**
 * Edits that make `path` under `map` hold the scalar `value`: an existing
 * scalar is replaced in place, missing mappings and keys are added.
 * Undefined when something on the path is neither a mapping nor empty.
 */
export function setPath(file: YamlFile, map: YamlMap, path: string[], value: string | number | boolean, style: YamlStyle): TextEdit[] | undefined {
  let current = map;
  for (let i = 0; i < path.length; i++) {
    const pair = pairOf(current, path[i]);
    const rest = path.slice(i + 1);
    const nested = (): Entries => rest.reduceRight<YamlValue>((v, k) => ({ [k]: v }), value) as Entries;
    if (!pair) return addToMap(file, current, { [path[i]]: rest.length ? nested() : value }, style);
    if (rest.length === 0) {
      if (isScalar(pair.value) && pair.value.range && pair.value.range[1] > pair.value.range[0]) {
        return [replaceNode(file, pair.value, scalarText(value))];
      }
      if (isEmptyValue(pair)) return [insertAfterColon(file, pair, ` ${scalarText(value)}`)];
      return undefined;
    }
    if (isMap(pair.value)) { current = pair.value as YamlMap; continue; }
    if (isEmptyValue(pair)) return fillEmptyValue(file, pair, nested(), style);
    return undefined;
  }
  return undefined;
}

function insertAfterColon(file: YamlFile, pair: YamlPair, text: string): TextEdit {
  const key = pair.key as Node;
  const colon = file.text.indexOf(':', key.range![1]);
  const value = pair.value as Node | null;
  const at = value?.range && value.range[1] > value.range[0] ? value.range[0] : colon + 1;
  const end = value?.range && value.range[1] > value.range[0] ? value.range[1] : at;
  return { range: range(file, at, end), newText: text };
}

/**
 * Deletes items from a sequence: whole lines in block style, the item and one
 * comma in flow style. Undefined when a block item shares its line with other content.
 */
export function removeSeqItems(file: YamlFile, seq: YamlSeq, items: Node[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  if (seq.flow) {
    const all = seq.items as Node[];
    const keep = all.filter((i) => !items.includes(i));
    const open = seq.range![0], close = seq.range![1] - 1;
    if (keep.length === 0) return [{ range: range(file, open, close + 1), newText: '[]' }];
    // Rewrite only the span between the first and last item: kept items keep their own text.
    const first = all[0].range![0], last = all[all.length - 1].range![1];
    const text = keep.map((i) => file.text.slice(i.range![0], i.range![1])).join(', ');
    return [{ range: range(file, first, last), newText: text }];
  }
  for (const item of items) {
    const start = item.range![0];
    const line = file.lines.position(start).line;
    const lineStart = file.lines.lineStart(line);
    if (!/^\s*-\s*$/.test(file.text.slice(lineStart, start))) return undefined;
    const endLine = file.lines.position(Math.max(endOfLastLine(file, item) - 1, start)).line;
    const next = endLine + 1 < file.lines.lineCount ? file.lines.lineStart(endLine + 1) : file.text.length;
    edits.push({ range: range(file, lineStart, next), newText: '' });
  }
  return edits;
}

/**
 * Removes `pair` from `map` when it has lines of its own; otherwise replaces its
 * value with `neutral` (a value that means the same as absent, e.g. `false` or `0`).
 */
export function removeOrNeutralize(file: YamlFile, map: YamlMap, pair: YamlPair, neutral: string): TextEdit {
  return removePairLines(file, map, pair) ?? replaceNode(file, pair.value as Node, neutral);
}

/** Replaces a whole pair (key and value) with `entries`, written at the pair's column. */
export function replacePair(file: YamlFile, map: YamlMap, pair: YamlPair, entries: Entries, style: YamlStyle): TextEdit {
  const key = pair.key as Node;
  const value = (pair.value as Node | null) ?? key;
  if (map.flow) {
    const text = Object.entries(entries).map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ');
    return { range: range(file, key.range![0], value.range![1]), newText: text };
  }
  const lines = renderBlock(entries, columnOf(file, key.range![0]), styleNear(file, map, style));
  return { range: range(file, key.range![0], endOfLastLine(file, value)), newText: lines.join(file.lines.eol).trimStart() };
}

/**
 * Joins edits from several builders into one non-overlapping list: an insertion
 * that falls inside a deleted span (e.g. keys appended after a line that another
 * edit removes) takes the deleted lines' place.
 */
export function mergeEdits(file: YamlFile, edits: TextEdit[]): TextEdit[] {
  const offset = (p: TextEdit['range']['start']) => file.lines.offset(p);
  const out = [...edits];
  for (const insert of edits) {
    const at = offset(insert.range.start);
    if (at !== offset(insert.range.end)) continue;
    const host = out.find((e) => e !== insert && e.newText === '' && offset(e.range.start) < at && at <= offset(e.range.end));
    if (!host) continue;
    const deleted = file.text.slice(offset(host.range.start), offset(host.range.end));
    const eol = file.lines.eol;
    const body = insert.newText.startsWith(eol) ? insert.newText.slice(eol.length) : insert.newText;
    out.splice(out.indexOf(host), 1, { range: host.range, newText: body + (deleted.endsWith('\n') ? eol : '') });
    out.splice(out.indexOf(insert), 1);
  }
  return out;
}

/** Replaces a pair's whole value, block or flow, with `text` written on the key's line. */
export function replaceValue(file: YamlFile, pair: YamlPair, text: string): TextEdit {
  const key = pair.key as Node;
  const colon = file.text.indexOf(':', key.range![1]);
  const value = pair.value as Node | null;
  const end = value?.range && value.range[1] > value.range[0] ? endOfLastLine(file, value) : colon + 1;
  return { range: range(file, colon + 1, end), newText: ` ${text}` };
}
