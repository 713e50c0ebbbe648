// `COPY --from=<value>` of every stage, with ARGs expanded and the stage it names.
import type { Flag } from 'dockerfile-ast';
import { stageVariables, type DockerfileModel, type Stage } from '../../engine/dockerfile/model';
import { expandVariables } from '../../engine/dockerfile/variables';
import { flagsOf, stageNamed } from './stageRefs';

export interface CopyFrom { stage: Stage; flag: Flag; value: string; target?: Stage }

export function copyFroms(model: DockerfileModel): CopyFrom[] {
  const out: CopyFrom[] = [];
  for (const stage of model.stages) {
    for (const inst of stage.instructions) {
      if (inst.getKeyword() !== 'COPY') continue;
      for (const flag of flagsOf(inst)) {
        const raw = flag.getValue();
        if (flag.getName().toLowerCase() !== 'from' || !raw) continue;
        const value = raw.includes('$')
          ? expandVariables(raw, stageVariables(stage, model.globalArgs, inst.getRange().start.line), model.escape)
          : raw;
        if (value) out.push({ stage, flag, value, target: stageNamed(model, value) });
      }
    }
  }
  return out;
}
