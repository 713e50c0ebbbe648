// Every RUN of a Dockerfile (ONBUILD RUN included) read as shell, once per
// model and shared by all rules: its stage, flags, form, the SHELL in effect
// and the simple commands with offsets into the Dockerfile text.
import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../types';
import { stageFamily, type DockerfileModel, type Stage } from './model';
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
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];
const NON_POSIX_SHELLS = /^(powershell|pwsh|cmd)(\.exe)?$/i;
const cache = new WeakMap<DockerfileModel, RunStep[]>();

/** All RUN steps of the file, in order; computed once per model. */
export function runSteps(model: DockerfileModel): RunStep[] {
  let steps = cache.get(model);
  if (!steps) { steps = buildSteps(model); cache.set(model, steps); }
  return steps;
}

/** RUN steps read as POSIX shell: what shell rules look at. */
export function shellSteps(model: DockerfileModel): RunStep[] {
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
  const rawFlags = (inst as unknown as { getFlags(): { getName(): string; getValue(): string | null; getRange(): Range }[] }).getFlags();
  const flags = rawFlags.map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() ?? '', range: f.getRange() }));
  const last = rawFlags.length ? rawFlags[rawFlags.length - 1].getRange().end : inst.getInstructionRange().end;
  const end = lines.offset(inst.getRange().end);
  let start = lines.offset(last);
  while (start < end && (model.text[start] === ' ' || model.text[start] === '\t')) start++;
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
  return { instruction: inst, stage, onbuild, exec: strings.length > 0, posix, shell, flags, script };
}

function execScript(words: Word[]): Script {
  const pipeline = { commands: [] as Command[], next: '' };
  const cmd: Command = { words, assignments: [], redirects: [], heredocs: [], start: words[0].start, end: words[words.length - 1].end, pipeline };
  pipeline.commands.push(cmd);
  return { commands: [cmd], pipelines: [pipeline] };
}

export function runFlag(step: RunStep, name: string): RunFlag | undefined {
  return step.flags.find((f) => f.name === name);
}
