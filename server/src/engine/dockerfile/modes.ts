// File modes given to chmod, install -m and mkdir -m in RUN.
import { commandName, type Invocation } from './commands';
import type { Command, Word } from './shell';

export interface ModeWord { word: Word; mode: string }

/** The literal mode arguments of a chmod/install/mkdir invocation (one per comma-separated clause for symbolic modes). */
export function modeWords(inv: Invocation): ModeWord[] {
  const args = inv.argv.slice(1);
  const out: ModeWord[] = [];
  if (inv.name === 'chmod') {
    const mode = args.find((w) => !/^--?[A-Za-z]/.test(w.text) || /^-[rwxXst]+$/.test(w.text));
    if (mode && !mode.dynamic) for (const clause of mode.text.split(',')) out.push({ word: mode, mode: clause });
  } else if (inv.name === 'install' || inv.name === 'mkdir') {
    args.forEach((w, i) => {
      const value = w.text === '-m' || w.text === '--mode' ? args[i + 1]?.text : /^(-m|--mode=)(.+)$/.exec(w.text)?.[2];
      const word = w.text === '-m' || w.text === '--mode' ? args[i + 1] : w;
      if (value && word && !word.dynamic) for (const clause of value.split(',')) out.push({ word, mode: clause });
    });
  }
  return out;
}

/** The paths a mode applies to: the non-option operands after the mode. */
export function modeTargets(inv: Invocation, mode: Word): Word[] {
  const args = inv.argv.slice(inv.argv.indexOf(mode) + 1);
  return args.filter((w) => !w.text.startsWith('-'));
}

/** Every target is deleted again (`rm -rf`) later in the same RUN: a temporary path. */
export function removedLater(commands: Command[], after: Command, targets: Word[]): boolean {
  if (!targets.length) return false;
  const removed = new Set<string>();
  for (const c of commands) {
    if (c.start <= after.start || commandName(c.words[0]) !== 'rm') continue;
    for (const w of c.words.slice(1)) removed.add(w.text);
  }
  return targets.every((t) => removed.has(t.text));
}
