// COPY/ADD to a relative destination before any WORKDIR: where the files land
// depends on the base image's working directory.
import type { DockerfileRule } from '../rule';
import { stageFamily } from '../../engine/dockerfile/model';
import { allInstructions, copyPaths } from '../../engine/dockerfile/instructions';
import { expandIn, workdirBefore } from './workdir';

export const rule: DockerfileRule = {
  id: 'DF051',
  title: 'COPY to a relative destination before any WORKDIR',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3045'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if ((l.keyword !== 'COPY' && l.keyword !== 'ADD') || l.onbuild || stageFamily(l.stage) === 'windows') continue;
      const { dest } = copyPaths(l.inst);
      const value = dest && expandIn(model, l.stage, l.inst, dest.value);
      if (!dest || !value || value.startsWith('/') || /^[A-Za-z]:|^\\/.test(value)) continue;
      if (workdirBefore(model, l.stage, l.inst).set) continue;
      report({
        range: dest.range,
        message: `This copies to a path relative to the base image's working directory, before any WORKDIR. Set WORKDIR first or use an absolute destination.`,
      });
    }
  },
};
