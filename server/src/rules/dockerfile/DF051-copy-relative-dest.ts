// COPY/ADD to a relative destination before any WORKDIR: where the files land
// depends on the base image's working directory.
import type { DockerfileRule } from '../rule';
import { stageFamily } from '../../engine/dockerfile/model';
import { copyPaths } from '../../engine/dockerfile/instructions';
import { stageChain } from '../../engine/dockerfile/model';
import { expandIn } from './workdir';

export const rule: DockerfileRule = {
  id: 'DF051',
  title: 'COPY to a relative destination before any WORKDIR',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3045'],
  check(model, report) {
    for (const stage of model.stages) {
      if (stageChain(stage).slice(1).some((s) => s.instructions.some((i) => i.getKeyword() === 'WORKDIR'))) continue;
      for (const inst of stage.instructions) {
        const keyword = inst.getKeyword();
        if (keyword === 'WORKDIR') break;
        if (keyword !== 'COPY' && keyword !== 'ADD') continue;
        const { dest } = copyPaths(inst);
        const value = dest && expandIn(model, stage, inst, dest.value);
        if (!dest || !value || value.startsWith('/') || /^[A-Za-z]:|^\\/.test(value) || stageFamily(stage) === 'windows') continue;
        report({
          range: dest.range,
          message: 'This copies to a path relative to the base image\'s working directory, before any WORKDIR. Set WORKDIR first or use an absolute destination.',
        });
      }
    }
  },
};
