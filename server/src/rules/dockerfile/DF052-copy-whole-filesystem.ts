// COPY --from=<stage> / /: the whole file system of another stage, build tools
// and all, lands in this one.
import type { DockerfileRule } from '../rule';
import type { DockerfileModel } from '../../engine/dockerfile/model';
import { allInstructions, copyPaths, flag } from '../../engine/dockerfile/instructions';

export const rule: DockerfileRule = {
  id: 'DF052',
  title: 'COPY of a whole file system from another stage',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: ['hadolint:DL3067'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'COPY') continue;
      const from = flag(l.inst, 'from');
      const { sources, dest } = copyPaths(l.inst);
      if (!from || !isStage(model, l.stage.index, from.getValue()) || !dest || dest.value.replace(/\/+$/, '') !== '' || !sources.some((s) => s.value.replace(/\/+$/, '') === '' || s.value === '/.')) continue;
      report({
        range: from.getRange(),
        message: `\`COPY --from=${from.getValue() ?? ''} / /\` copies that image's entire file system, with its package manager, shells and caches. Copy only the files the runtime needs.`,
      });
    }
  },
};

/** `--from` names an earlier stage of this file (images built elsewhere may be made to be copied whole). */
function isStage(model: DockerfileModel, before: number, ref: string | null): boolean {
  const key = ref?.toLowerCase();
  return model.stages.slice(0, before).some((s) => s.name === key || String(s.index) === key);
}
