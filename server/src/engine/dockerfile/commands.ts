// The program a simple command really runs, past `sudo`, `env`, `xargs` and
// similar wrappers, with its arguments and short-option helpers.
import { basename, type Command, type Word } from './shell';

export interface Invocation {
  command: Command;
  /** Basename of the program, '' when it comes from a variable. */
  name: string;
  /** The program word and its arguments. */
  argv: Word[];
  /** Wrapper words before the program (`sudo`, `env`, …), in order. */
  wrappers: Word[];
}

/** Wrappers and their options that take a separate value; `positional` counts leading non-option arguments (gosu USER cmd). */
const WRAPPERS: Record<string, { valued: string; positional?: number; assignments?: boolean }> = {
  sudo: { valued: '-u -g -C -h -p -r -t -U -D -R -T --user --group --host --prompt --role --type --other-user --chdir' },
  doas: { valued: '-u -C' },
  env: { valued: '-u -C -S --unset --chdir --split-string', assignments: true },
  xargs: { valued: '-I -L -n -P -s -d -a -E -e --max-args --max-procs --delimiter --arg-file --replace' },
  nice: { valued: '-n --adjustment' },
  ionice: { valued: '-c -n -p' },
  nohup: { valued: '' },
  time: { valued: '-f -o --format --output' },
  exec: { valued: '-a' },
  command: { valued: '' },
  builtin: { valued: '' },
  eatmydata: { valued: '' },
  stdbuf: { valued: '-i -o -e' },
  timeout: { valued: '-k -s --kill-after --signal', positional: 1 },
  gosu: { valued: '', positional: 1 },
  'su-exec': { valued: '', positional: 1 },
  chroot: { valued: '--userspec --groups', positional: 1 },
};
const VALUED = new Map(Object.entries(WRAPPERS).map(([k, v]) => [k, new Set(v.valued.split(' '))]));

export function commandName(word: Word | undefined): string {
  return word && !word.dynamic ? basename(word.text) : '';
}

export function invocation(command: Command): Invocation {
  const words = command.words;
  const wrappers: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const name = commandName(words[i]);
    const spec = WRAPPERS[name];
    if (!spec || (name === 'command' && words[i + 1]?.text.startsWith('-v'))) break;
    wrappers.push(words[i]);
    i++;
    const valued = VALUED.get(name)!;
    let positional = spec.positional ?? 0;
    while (i < words.length) {
      const t = words[i].text;
      if (t === '--') { i++; break; }
      if (t.startsWith('-') && t.length > 1) { i += valued.has(t) ? 2 : 1; continue; }
      if (spec.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) { i++; continue; }
      if (positional > 0) { positional--; i++; continue; }
      break;
    }
  }
  const argv = words.slice(i);
  return { command, name: commandName(argv[0]), argv, wrappers };
}

/** True when a word is the option `long`, or a short-option cluster (`-yqq`) containing `short`. */
export function hasOption(word: Word, short: string | undefined, ...long: string[]): boolean {
  const t = word.text;
  if (t.startsWith('--')) return long.some((l) => t === l || t.startsWith(`${l}=`));
  return short !== undefined && t.length > 1 && t[0] === '-' && /^-[A-Za-z0-9]+$/.test(t) && t.includes(short, 1);
}

export function findOption(argv: Word[], short: string | undefined, ...long: string[]): Word | undefined {
  for (const w of argv) {
    if (w.text === '--') return undefined;
    if (hasOption(w, short, ...long)) return w;
  }
  return undefined;
}
