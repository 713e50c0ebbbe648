// Reading instruction arguments as data: exec-form JSON arrays, simple shell-form
// words, and COPY/ADD destinations.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../engine/dockerfile/model';
import { plainWords } from './runtime';

/** The instruction's argument text with line continuations joined. */
export function argumentText(model: DockerfileModel, inst: Instruction): string {
  const range = inst.getArgumentsRange();
  if (!range) return '';
  const text = model.text.slice(model.lines.offset(range.start), model.lines.offset(inst.getRange().end));
  const esc = model.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  return text.replace(new RegExp(`${esc}[ \\t]*\\r?\\n`, 'g'), ' ');
}

/** A JSON array of strings, or undefined. */
export function jsonArray(text: string): string[] | undefined {
  if (!text.trim().startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch { return undefined; }
}

/** CMD/ENTRYPOINT as argv: exec form, or a plain shell form read as DF045/DF046's fix reads it; undefined if it needs a shell. */
export function commandArgv(model: DockerfileModel, inst: Instruction): string[] | undefined {
  const text = argumentText(model, inst).trim();
  return text.startsWith('[') ? jsonArray(text) : plainWords(text);
}

/** The destination of COPY/ADD (its last argument; heredoc bodies ignored), or undefined. */
export function copyDestination(model: DockerfileModel, inst: Instruction): string | undefined {
  const text = argumentText(model, inst).split(/\r?\n/)[0].trim();
  const json = jsonArray(text);
  const words = json ?? text.split(/\s+/).filter((w) => !w.startsWith('--') && !w.startsWith('<<'));
  return words.length >= (json ? 2 : 1) ? words[words.length - 1] : undefined;
}
