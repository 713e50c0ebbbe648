// Every RUN of a Dockerfile (ONBUILD RUN included) read as shell, once per
// model and shared by all rules: its stage, flags, form, the SHELL in effect
// and the simple commands with offsets into the Dockerfile text.
import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../types';
import { derived, stageFamily, type DockerfileModel, type Stage } from './model';
import { basename, lexShell, type Command, type Script, type Word } from './shell';

export interface RunFlag { name: string; value: string; range: Range }

export interface RunStep {
  /** The RUN instruction (for ONBUILD, its trigger). */
  instruction: Instruction;
  stage: Stage;
  onbuild: boolean;
  /** JSON (exec) form: one command, no shell. */
  exec: boolean;
  /** Read as POSIX shell: not a Windows stage, not `# escape=\``, not a PowerShell/cmd SHELL. */
  posix: boolean;
  /** The SHELL in effect (default `/bin/sh -c`). */
  shell: string[];
  flags: RunFlag[];
  script: Script;
  /** The instruction's text: rules test it for a keyword before scanning every word. */
  source: string;
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];
const NON_POSIX_SHELLS = /^(powershell|pwsh|cmd)(\.exe)?$/i;

/** All RUN steps of the file, in order; computed once per model. */
export function runSteps(model: DockerfileModel): RunStep[] {
  return derived(model, buildSteps);
}

/** RUN steps read as POSIX shell: what shell rules look at. */
export function shellSteps(model: DockerfileModel): RunStep[] {
  return derived(model, posixSteps);
}

function posixSteps(model: DockerfileModel): RunStep[] {
  return runSteps(model).filter((s) => s.posix);
}

function buildSteps(model: DockerfileModel): RunStep[] {
  const steps: RunStep[] = [];
  const shells = new Map<Stage, string[]>();
  for (const stage of model.stages) {
    let shell = (stage.parent && shells.get(stage.parent)) ?? DEFAULT_SHELL;
    const windows = stageFamily(stage) === 'windows' || model.escape === '`';
    for (const inst of stage.instructions) {
      const keyword = inst.getKeyword();
      if (keyword === 'SHELL') {
        const strings = jsonStrings(inst);
        if (strings.length) shell = strings.map((s) => s.getJSONValue());
        continue;
      }
      let run: Instruction | null = inst;
      const onbuild = keyword === 'ONBUILD';
      if (onbuild) run = (inst as unknown as { getTriggerInstruction(): Instruction | null }).getTriggerInstruction();
      if (!run || run.getKeyword() !== 'RUN') continue;
      const posix = !windows && !NON_POSIX_SHELLS.test(basename(shell[0] ?? '').replace(/\\/g, '/'));
      steps.push(buildStep(model, run, stage, onbuild, posix, shell));
    }
    shells.set(stage, shell);
  }
  return steps;
}

type JsonString = { getJSONValue(): string; getRange(): Range };

function jsonStrings(inst: Instruction): JsonString[] {
  const get = (inst as unknown as { getJSONStrings?(): JsonString[] }).getJSONStrings;
  return get ? get.call(inst) : [];
}

function buildStep(model: DockerfileModel, inst: Instruction, stage: Stage, onbuild: boolean, posix: boolean, shell: string[]): RunStep {
  const lines = model.lines;
  const end = lines.offset(inst.getRange().end);
  const { flags, start } = readFlags(model, lines.offset(inst.getInstructionRange().end), end);
  const strings = model.text[start] === '[' ? jsonStrings(inst) : [];
  let script: Script;
  if (strings.length) {
    script = execScript(strings.map((s) => {
      const r = s.getRange();
      return { text: s.getJSONValue(), start: lines.offset(r.start), end: lines.offset(r.end), dynamic: false, quoted: true };
    }));
  } else {
    script = lexShell(model.text, start, end, model.escape);
  }
  addShellCScripts(model.text, script);
  return { instruction: inst, stage, onbuild, exec: strings.length > 0, posix, shell, flags, script, source: model.text.slice(start, end) };
}

/**
 * Reads the `--name=value` flags before the command (dockerfile-ast's getFlags
 * re-parses the arguments on every call, which costs more than the whole shell reading).
 */
function readFlags(model: DockerfileModel, from: number, end: number): { flags: RunFlag[]; start: number } {
  const t = model.text;
  const flags: RunFlag[] = [];
  let i = from;
  for (;;) {
    while (i < end) {
      if (t[i] === ' ' || t[i] === '\t') { i++; continue; }
      if (t[i] === model.escape) {
        let j = i + 1;
        while (t[j] === ' ' || t[j] === '\t') j++;
        if (t[j] === '\r') j++;
        if (t[j] === '\n') { i = j + 1; continue; }
      }
      break;
    }
    if (!t.startsWith('--', i)) return { flags, start: i };
    let j = i;
    while (j < end && !/\s/.test(t[j])) j++;
    const word = t.slice(i + 2, j);
    const eq = word.indexOf('=');
    flags.push({ name: (eq === -1 ? word : word.slice(0, eq)).toLowerCase(), value: eq === -1 ? '' : word.slice(eq + 1), range: model.lines.range(i, j) });
    i = j;
  }
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

/**
 * Reads the script of `sh -c '…'` / `["bash", "-c", "…"]` when its quoted text
 * maps one to one onto the Dockerfile (no backslash inside), adding its commands.
 */
function addShellCScripts(text: string, script: Script): void {
  const found: Script[] = [];
  for (const cmd of script.commands) {
    const words = cmd.words;
    if (!SHELLS.has(basename(words[0]?.text ?? ''))) continue;
    const c = words.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w.text));
    const body = words[c + 1];
    if (c === -1 || !body) continue;
    const raw = text.slice(body.start, body.end);
    const q = raw[0];
    if ((q !== '"' && q !== "'") || raw.length < 2 || raw[raw.length - 1] !== q || raw.slice(1, -1).includes(q) || raw.includes('\\')) continue;
    found.push(lexShell(text, body.start + 1, body.end - 1, '\\', false));
  }
  for (const s of found) { script.commands.push(...s.commands); script.pipelines.push(...s.pipelines); script.heredocs.push(...s.heredocs); }
  if (found.length) script.commands.sort((a, b) => a.start - b.start);
}

function execScript(words: Word[]): Script {
  const pipeline = { commands: [] as Command[], next: '' };
  const cmd: Command = { words, assignments: [], redirects: [], heredocs: [], start: words[0].start, end: words[words.length - 1].end, pipeline, host: undefined, invocation: undefined };
  pipeline.commands.push(cmd);
  return { commands: [cmd], pipelines: [pipeline], heredocs: [] };
}

/** Every RUN flag `--name=value` of the file (all stages, any shell). */
export function runFlags(model: DockerfileModel, name: string, value: string): RunFlag[] {
  return runSteps(model).flatMap((s) => s.flags.filter((f) => f.name === name && f.value === value));
}
