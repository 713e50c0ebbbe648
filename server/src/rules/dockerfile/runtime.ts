// CMD/ENTRYPOINT/HEALTHCHECK as the image config ends up with them: the stage
// chain a final stage builds on, exec vs shell form, and shell-free commands.
import type { Instruction } from 'dockerfile-ast';
import { stageChain, type Stage } from '../../engine/dockerfile/model';

/** The last instruction with `keyword` in the stage chain (ONBUILD triggers do not count). */
export function lastInChain(stage: Stage, keyword: string): Instruction | undefined {
  for (const s of stageChain(stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) if (s.instructions[i].getKeyword() === keyword) return s.instructions[i];
  }
  return undefined;
}

export function isExecForm(inst: Instruction): boolean {
  return ((inst as unknown as { getJSONStrings?(): unknown[] }).getJSONStrings?.() ?? []).length > 0
    || /^\s*\[/.test(inst.getArgumentsContent() ?? '');
}

const PLAIN = /[A-Za-z0-9_./:=,@%+-]/;

/**
 * The words of a one-line shell command that uses no shell syntax (no variables,
 * operators, redirections, globs or assignments), `exec` dropped; else undefined.
 */
export function plainWords(command: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === ' ' || c === '\t') { if (word !== undefined) words.push(word); word = undefined; continue; }
    if (c === "'" || c === '"') {
      const close = command.indexOf(c, i + 1);
      const inner = close === -1 ? undefined : command.slice(i + 1, close);
      if (inner === undefined || (c === '"' && /[$`\\]/.test(inner))) return undefined;
      word = (word ?? '') + inner;
      i = close;
      continue;
    }
    if (!PLAIN.test(c)) return undefined;
    word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  if (words[0] === 'exec') words.shift();
  if (words.length === 0 || words[0].includes('=')) return undefined;
  return words;
}

export function toJsonArray(words: string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}
