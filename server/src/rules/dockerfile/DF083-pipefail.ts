// A pipe in RUN without pipefail: a failing download in `curl … | tar x` goes unnoticed.
import type { DockerfileRule } from '../rule';
import { baseImageOf, stageFamily } from '../../engine/dockerfile/model';
import { shellSteps, type RunStep } from '../../engine/dockerfile/runs';
import { commandName, invocation } from '../../engine/dockerfile/commands';

import { parseImageRef } from '../../engine/dockerfile/images';
import type { TextEdit } from '../../engine/types';

/** Producers whose failure does not matter. */
const HARMLESS = new Set(['echo', 'printf', 'yes', 'true']);

/**
 * Consumers that exit non-zero when what they read is empty, so a producer that fails before
 * writing anything still fails the RUN: `grep` (no line selected) and `sha256sum -c -`.
 */
function failsOnEmptyInput(command: Parameters<typeof invocation>[0]): boolean {
  const { name } = invocation(command);
  if (/^[ef]?grep$/.test(name)) return true;
  return /^(sha\d+sum|md5sum|shasum)$/.test(name) && command.words.some((w) => w.text === '-c' || w.text === '--check');
}

function hasPipefail(args: readonly string[]): boolean {
  return args.some((a, i) => a === 'pipefail' && /^-[a-z]*o$/.test(args[i - 1] ?? '')) || args.includes('-opipefail');
}

function setsPipefail(step: RunStep, before: number): boolean {
  return step.script.commands.some((c) => c.start < before && commandName(c.words[0]) === 'set' && hasPipefail(c.words.map((w) => w.text)));
}

export const rule: DockerfileRule = {
  id: 'DF083',
  title: 'Pipe in RUN without pipefail',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL4006', 'semgrep:set-pipefail'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      if (step.exec || hasPipefail(step.shell)) continue;
      const pipe = step.script.pipelines.find((p) => p.commands.length > 1 && !p.commands[0].host
        && !p.commands.slice(0, -1).every((c) => HARMLESS.has(invocation(c).name))
        && !failsOnEmptyInput(p.commands[p.commands.length - 1])
        && !setsPipefail(step, p.commands[0].start));
      if (!pipe) continue;
      const shell = pipefailShell(step);
      const fix = shell && !step.onbuild ? [{ title: 'Set SHELL with pipefail', edits: [shellLine(model, step, shell)] }] : [];
      report({
        range: model.lines.range(pipe.commands[0].start, pipe.commands[0].end),
        message: `Only the last command of this pipe decides whether the RUN succeeds: \`${invocation(pipe.commands[0]).name || 'the first command'}\` can fail unnoticed. Set \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` first, or \`set -o pipefail\` in the RUN.`,
        fixes: fix,
      });
    }
  },
};

/** The SHELL to insert: bash where the base image family has it, ash on Alpine; none when unknown. */
function pipefailShell(step: RunStep): string | undefined {
  const family = stageFamily(step.stage);
  if (family === 'shadow') return '["/bin/bash", "-o", "pipefail", "-c"]';
  const image = baseImageOf(step.stage);
  if (family === 'busybox' && image && /alpine/.test(`${parseImageRef(image).path}:${parseImageRef(image).tag ?? ''}`)) return '["/bin/ash", "-o", "pipefail", "-c"]';
  return undefined;
}

function shellLine(model: Parameters<DockerfileRule['check']>[0], step: RunStep, shell: string): TextEdit {
  const start = step.instruction.getRange().start;
  const line = model.lines.lineText(start.line);
  const indent = /^\s*/.exec(line)![0];
  const at = model.lines.lineStart(start.line) + indent.length;
  return { range: model.lines.range(at, at), newText: `SHELL ${shell}${model.lines.eol}${indent}` };
}
