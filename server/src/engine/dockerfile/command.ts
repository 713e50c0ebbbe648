// Reading instruction arguments as data: exec-form JSON arrays, simple shell-form
// words, and COPY/ADD destinations.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from './model';

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

/** Shell characters that make a command more than a plain list of words. */
const SHELL_SYNTAX = /[$|&;<>()*?`'"~{}[\]#\\=]/;

/** CMD/ENTRYPOINT as argv: exec form, or shell form made only of plain words; undefined if it needs a shell. */
export function commandArgv(model: DockerfileModel, inst: Instruction): string[] | undefined {
  const text = argumentText(model, inst).trim();
  if (text.startsWith('[')) return jsonArray(text);
  if (text === '' || SHELL_SYNTAX.test(text)) return undefined;
  return text.split(/\s+/);
}

/** The destination of COPY/ADD (its last argument; heredoc bodies ignored), or undefined. */
export function copyDestination(model: DockerfileModel, inst: Instruction): string | undefined {
  const text = argumentText(model, inst).split(/\r?\n/)[0].trim();
  const json = jsonArray(text);
  const words = json ?? text.split(/\s+/).filter((w) => !w.startsWith('--') && !w.startsWith('<<'));
  return words.length >= (json ? 2 : 1) ? words[words.length - 1] : undefined;
}
