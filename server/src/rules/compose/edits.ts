// Removal edits for Compose fixes: a key of a (block or flow) mapping, items of a
// sequence, and the bookkeeping of inserts that land on the same offset.
import type { Node } from 'yaml';
import type { TextEdit } from '../../engine/types';
import type { YamlFile, YamlSeq } from '../../engine/yaml/document';
import { removePairLines, removeSeqItems, replaceNode } from '../../engine/yaml/edit';
import type { Entry } from '../../engine/compose/model';

/**
 * Deletes `entry`'s pair from the mapping that holds it: its lines in block
 * style, the pair and a comma in flow style. A block mapping's only key gives
 * way to `neutral` when there is one, else the mapping becomes `{}`.
 */
export function removeEntry(file: YamlFile, entry: Entry, neutral?: string): TextEdit | undefined {
  const { owner, pair } = entry;
  const key = pair.key as Node;
  const value = (pair.value as Node | null) ?? key;
  if (owner.flow) {
    if (neutral !== undefined) return replaceNode(file, value, neutral);
    const items = owner.items;
    const i = items.indexOf(pair);
    if (items.length === 1) return replaceNode(file, owner as unknown as Node, '{}');
    const start = i === 0 ? key.range![0] : endOf(items[i - 1].value ?? items[i - 1].key);
    const end = i === 0 ? (items[1].key as Node).range![0] : endOf(value);
    return { range: file.lines.range(start, end), newText: '' };
  }
  const lines = removePairLines(file, owner, pair);
  if (lines) return lines;
  if (neutral !== undefined && pair.value) return replaceNode(file, value, neutral);
  if (owner.items.length === 1 && owner.range) {
    let end = owner.range[1];
    while (end > owner.range[0] && /\s/.test(file.text[end - 1])) end--;
    return { range: file.lines.range(owner.range[0], end), newText: '{}' };
  }
  return undefined;
}

function endOf(node: unknown): number {
  const r = (node as Node).range!;
  return r[1];
}

/** Removes `items` from the sequence under `entry`, or the whole key when none would be left. */
export function removeItems(file: YamlFile, entry: Entry, items: Node[]): TextEdit[] | undefined {
  const seq = entry.value as unknown as YamlSeq;
  if (items.length >= seq.items.length) {
    const whole = removeEntry(file, entry);
    return whole ? [whole] : [replaceNode(file, seq as unknown as Node, '[]')];
  }
  return removeSeqItems(file, seq, items);
}

/**
 * Joins inserts that land on the same offset into one edit, in the order given,
 * so every client applies them in that order.
 */
export function joinInserts(file: YamlFile, edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const at = file.lines.offset(edit.range.start);
    const same = out.find((o) => file.lines.offset(o.range.start) === at && file.lines.offset(o.range.end) === at && file.lines.offset(edit.range.end) === at);
    if (same) same.newText += edit.newText; else out.push({ ...edit });
  }
  return out;
}

