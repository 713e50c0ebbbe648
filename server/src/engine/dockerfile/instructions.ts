// Instruction-level helpers for rules: every instruction with its stage (ONBUILD
// triggers included), COPY/ADD paths without heredoc bodies, ENV/ARG pairs, and
// edits that remove an instruction or one word of it.
import type { Instruction, Onbuild } from 'dockerfile-ast';
import type { Range, TextEdit } from '../types';
import { derived, type DockerfileModel, type Stage } from './model';

export interface Located {
  stage: Stage;
  inst: Instruction;
  /** Upper-case keyword; for an ONBUILD trigger, the trigger's keyword. */
  keyword: string;
  /** Set when `inst` is the trigger of this ONBUILD. */
  onbuild?: Onbuild;
}

/** Every instruction after a FROM, in order, with ONBUILD triggers as their own entries. */
export function allInstructions(model: DockerfileModel): Located[] {
  return derived(model, locateInstructions);
}

function locateInstructions(model: DockerfileModel): Located[] {
  const out: Located[] = [];
  for (const stage of model.stages) {
    for (const inst of stage.instructions) {
      const keyword = inst.getKeyword();
      if (keyword === 'ONBUILD') {
        const trigger = (inst as Onbuild).getTriggerInstruction();
        if (trigger) out.push({ stage, inst: trigger, keyword: trigger.getKeyword(), onbuild: inst as Onbuild });
      } else out.push({ stage, inst, keyword });
    }
  }
  return out;
}

export function instructionsOf(model: DockerfileModel, ...keywords: string[]): Located[] {
  return allInstructions(model).filter((l) => keywords.includes(l.keyword));
}

export interface Word { value: string; range: Range }

interface FlagLike { getName(): string; getValue(): string | null; getRange(): Range; getNameRange(): Range; getValueRange(): Range | null }
interface JsonLike { getJSONStrings?(): { getJSONValue(): string; getJSONRange(): Range }[]; getFlags?(): FlagLike[] }
interface HeredocLike { getContentRange(): Range | null; getDelimiterRange(): Range | null; getStartRange(): Range }

export function flagsOf(inst: Instruction): FlagLike[] {
  return (inst as unknown as JsonLike).getFlags?.() ?? [];
}

export function flag(inst: Instruction, name: string): FlagLike | undefined {
  return flagsOf(inst).find((f) => f.getName() === name);
}

/** The words of an instruction after its flags, JSON strings unquoted (ranges inside the quotes); heredoc bodies left out. */
export function argumentWords(inst: Instruction): Word[] {
  return memo(inst, WORDS, computeWords);
}

const WORDS = Symbol('argument words');
const PAIRS = Symbol('pairs');

/** `compute(inst)` once per instruction, kept in the instruction (not in a WeakMap: see engine/memo.ts). */
function memo<T>(inst: Instruction, slot: symbol, compute: (inst: Instruction) => T): T {
  const holder = inst as unknown as Record<symbol, T | undefined>;
  return (holder[slot] ??= compute(inst));
}

function computeWords(inst: Instruction): Word[] {
  const json = (inst as unknown as JsonLike).getJSONStrings?.() ?? [];
  if (json.length > 0) return json.map((s) => ({ value: s.getJSONValue(), range: s.getJSONRange() }));
  const heredocs = ((inst as unknown as { getHeredocs?(): HeredocLike[] }).getHeredocs?.() ?? []);
  const bodyStart = heredocs.length ? Math.min(...heredocs.map((h) => h.getStartRange().end.line)) : Infinity;
  return inst.getArguments()
    .filter((a) => a.getRange().start.line <= bodyStart)
    .map((a) => ({ value: a.getValue(), range: a.getRange() }));
}

export function isHeredocWord(value: string): boolean { return /^<<-?['"]?[A-Za-z_]/.test(value); }

export interface CopyPaths { sources: Word[]; dest?: Word }

/** COPY/ADD sources and destination (heredoc sources are words like `<<EOF`). */
export function copyPaths(inst: Instruction): CopyPaths {
  const words = argumentWords(inst);
  return { sources: words.slice(0, -1), dest: words[words.length - 1] };
}

export interface Pair { name: string; value: string | null; nameRange: Range; range: Range; valueRange: Range | null }

/** The NAME=value pairs of an ENV or ARG (legacy `ENV NAME value` too). */
export function pairsOf(inst: Instruction): Pair[] {
  return memo(inst, PAIRS, computePairs);
}

function computePairs(inst: Instruction): Pair[] {
  const props = (inst as unknown as { getProperties?(): { getName(): string; getValue(): string | null; getNameRange(): Range; getRange(): Range; getValueRange(): Range | null }[] }).getProperties?.() ?? [];
  return props.map((p) => ({ name: p.getName(), value: p.getValue(), nameRange: p.getNameRange(), range: p.getRange(), valueRange: p.getValueRange() }));
}

/** The ONBUILD line when `l` is a trigger, else the instruction itself: what a deletion removes. */
export function outer(l: Located): Instruction { return l.onbuild ?? l.inst; }

/** Deletes the lines an instruction occupies (and the comments-free line break after them). */
export function deleteInstruction(model: DockerfileModel, inst: Instruction): TextEdit {
  const { lines } = model;
  const range = inst.getRange();
  const first = range.start.line, last = range.end.line;
  const start = lines.lineStart(first);
  if (last + 1 < lines.lineCount) return { range: lines.range(start, lines.lineStart(last + 1)), newText: '' };
  const from = first > 0 ? lines.lineEnd(first - 1) : start;
  return { range: lines.range(from, lines.lineEnd(last)), newText: '' };
}

/**
 * Deletes one word of a list-like instruction (EXPOSE ports, ENV pairs) with the
 * blank around it; the whole instruction when the word is its only one.
 */
export function deleteWord(model: DockerfileModel, inst: Instruction, word: Range, allWords: Range[]): TextEdit {
  if (allWords.length <= 1) return deleteInstruction(model, inst);
  const { lines, text, escape } = model;
  let start = lines.offset(word.start), end = lines.offset(word.end);
  const lineStart = lines.lineStart(word.start.line), lineEnd = lines.lineEnd(word.end.line);
  const after = text.slice(end, lineEnd);
  const before = text.slice(lineStart, start);
  const restIsEmpty = /^\s*$/.test(after) || new RegExp(`^\\s*${escapeRe(escape)}\\s*$`).test(after);
  if (/^\s*$/.test(before) && restIsEmpty && word.start.line > inst.getRange().start.line) {
    // Alone on a continuation line: drop the line; if it was the last, drop the continuation before it.
    if (word.end.line === inst.getRange().end.line) {
      const prevEnd = lines.lineEnd(word.start.line - 1);
      const prev = text.slice(lines.lineStart(word.start.line - 1), prevEnd);
      const m = new RegExp(`\\s*${escapeRe(escape)}\\s*$`).exec(prev);
      return { range: lines.range(prevEnd - (m ? m[0].length : 0), lineEnd), newText: '' };
    }
    return { range: lines.range(lineStart, lines.lineStart(word.end.line + 1)), newText: '' };
  }
  if (!restIsEmpty) { while (end < lineEnd && /[ \t]/.test(text[end])) end++; }
  else { while (start > lineStart && /[ \t]/.test(text[start - 1])) start--; }
  return { range: lines.range(start, end), newText: '' };
}

function escapeRe(s: string): string { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

/** The source text of a range. */
export function textOf(model: DockerfileModel, range: Range): string {
  return model.text.slice(model.lines.offset(range.start), model.lines.offset(range.end));
}

/** `$NAME` or `${NAME…}` occurs in `text`. */
export function mentionsVariable(text: string, name: string): boolean {
  return new RegExp(`\\$(?:${name}(?![A-Za-z0-9_])|\\{${name}(?![A-Za-z0-9_]))`).test(text);
}

export function stageLabel(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `${stage.index + 1}`;
}
