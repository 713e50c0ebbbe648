// Minimal YAML text edits: add keys to a mapping, items to a sequence, remove or
// replace a value. Existing text (comments, quoting, key order) is never rewritten;
// new text follows the file's indentation unit and sequence style.
import { isMap, isScalar, isSeq, visit, type Node } from 'yaml';
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

const styles = new WeakMap<YamlFile, YamlStyle>();

/** The file's style, read once and only when a fix needs it. */
export function styleOf(file: YamlFile): YamlStyle {
  let style = styles.get(file);
  if (!style) styles.set(file, style = detectStyle(file.text));
  return style;
}

/** Reads the file's indentation unit and sequence style (defaults: 2, indented). */
export function detectStyle(text: string): YamlStyle {
  const indentCounts = new Map<number, number>();
  let flush = 0, indented = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /^( *)(- +)?[^\s#-][^:#]*:\s*(#.*)?$/.exec(lines[i]);
    if (!m) continue;
    const parentCol = m[1].length + (m[2]?.length ?? 0);
    let j = i + 1;
    while (j < lines.length && /^\s*(#.*)?$/.test(lines[j])) j++;
    const child = /^( *)(-( |$))?/.exec(lines[j] ?? '')!;
    const childCol = child[1].length;
    if (child[2]) { if (childCol === parentCol) flush++; else if (childCol > parentCol) indented++; }
    if (childCol > parentCol) indentCounts.set(childCol - parentCol, (indentCounts.get(childCol - parentCol) ?? 0) + 1);
  }
  let unit = 2, best = 0;
  for (const [u, n] of indentCounts) if ((u === 2 || u === 4) && n > best) { unit = u; best = n; }
  return { unit, flushSequences: flush > indented };
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
  let flush: boolean | undefined;
  visit(node, {
    Pair(_, pair) {
      const seq = pair.value;
      if (!isSeq(seq) || seq.flow || !seq.items.length || !isScalar(pair.key) && !isMap(pair.key)) return undefined;
      const keyCol = columnOf(file, (pair.key as Node).range![0]);
      const dashCol = columnOf(file, (seq.items[0] as Node).range![0]) - 2;
      flush = dashCol === keyCol;
      return visit.BREAK;
    },
  });
  return flush === undefined ? fileStyle : { ...fileStyle, flushSequences: flush };
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
  const col = columnOf(file, (map.items[0].key as Node).range![0]);
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
  return { range: range(file, node.range![0], node.range![1]), newText };
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

