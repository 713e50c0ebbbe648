// Shared check of DF045/DF046: a shell-form CMD or ENTRYPOINT in a final stage
// that has no SHELL instruction, with an exec-form fix when the command is plain.
import type { DockerfileModel, Stage } from '../../engine/dockerfile/model';
import { stageFamily } from '../../engine/dockerfile/model';
import type { Fix, Reporter } from '../../engine/types';
import { textOf } from '../../engine/dockerfile/instructions';
import { isExecForm, lastInChain, plainWords, toJsonArray } from './runtime';

export function checkShellForm(model: DockerfileModel, report: Reporter, keyword: 'CMD' | 'ENTRYPOINT', why: string, fixable: (stage: Stage) => boolean): void {
  for (const stage of model.stages) {
    if (!stage.isFinal || stageFamily(stage) === 'windows' || lastInChain(stage, 'SHELL')) continue;
    for (const inst of stage.instructions) {
      if (inst.getKeyword() !== keyword || isExecForm(inst)) continue;
      const range = inst.getArgumentsRange();
      if (!range) continue;
      const command = textOf(model, range);
      const words = range.start.line === range.end.line && fixable(stage) ? plainWords(command) : undefined;
      const fix: Fix | undefined = words && { title: 'Convert to exec form', edits: [{ range, newText: toJsonArray(words) }] };
      report({ range, message: `${keyword} \`${command.split(/\r?\n/)[0].trim()}\` is in shell form: ${why}`, fixes: fix ? [fix] : [] });
    }
  }
}
