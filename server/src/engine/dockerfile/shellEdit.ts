// Ranges and minimal edits on the words of RUN commands.
import type { Range, TextEdit } from '../types';
import type { DockerfileModel } from './model';
import type { Word } from './shell';
import type { RunStep } from './runs';

export function wordRange(model: DockerfileModel, word: { start: number; end: number }): Range {
  return model.lines.range(word.start, word.end);
}

function isBlank(c: string | undefined): boolean { return c === ' ' || c === '\t'; }

/** Deletes `text[start, end)` with the blanks after it, or before it when it ends a line or the command. */
export function removeSpan(model: DockerfileModel, start: number, end: number): TextEdit {
  const t = model.text;
  let e = end;
  while (isBlank(t[e])) e++;
  let s = start;
  const atLineEnd = e >= t.length || t[e] === '\n' || t[e] === '\r' || t[e] === model.escape || t[e] === ';' || t[e] === '&' || t[e] === '|' || t[e] === ')';
  if (atLineEnd) { e = end; while (s > 0 && isBlank(t[s - 1])) s--; }
  return { range: model.lines.range(s, e), newText: '' };
}

export function removeWord(model: DockerfileModel, word: Word): TextEdit {
  return removeSpan(model, word.start, word.end);
}

/** Removes the short option `ch` from a cluster such as `-fsSLk`, or the whole word when it is `-k` alone. */
export function removeShortOption(model: DockerfileModel, word: Word, ch: string): TextEdit {
  const raw = model.text.slice(word.start, word.end);
  if (raw === `-${ch}` || raw.replace(new RegExp(ch, 'g'), '') === '-') return removeWord(model, word);
  const at = word.start + raw.indexOf(ch, 1);
  return { range: model.lines.range(at, at + 1), newText: '' };
}

export function insertAfter(model: DockerfileModel, word: { end: number }, text: string): TextEdit {
  return { range: model.lines.range(word.end, word.end), newText: ` ${text}` };
}

export function replaceWord(model: DockerfileModel, word: Word, text: string): TextEdit {
  return { range: wordRange(model, word), newText: text };
}

/**
 * Appends ` && <command>` at the end of a RUN's shell script, when that is
 * sound: shell form, no heredoc, and nothing but closers (`fi`, `done`, `)`, `}`)
 * after the last command. Undefined otherwise.
 */
export function appendToScript(model: DockerfileModel, step: RunStep, command: string): TextEdit | undefined {
  const cmds = step.script.commands;
  if (step.exec || cmds.length === 0 || cmds.some((c) => c.heredocs.length)) return undefined;
  const last = cmds.reduce((a, c) => (c.end > a.end ? c : a));
  const end = model.lines.offset(step.instruction.getRange().end);
  const tail = model.text.slice(last.end, end);
  if (!/^(\s*;?\s*(\)|\}|fi|done|esac))*\s*$/.test(tail)) return undefined;
  let at = end;
  while (at > last.end && /\s/.test(model.text[at - 1])) at--;
  return { range: model.lines.range(at, at), newText: ` && ${command}` };
}
