// COPY of a tar archive that a later RUN of the stage unpacks: ADD unpacks it
// in one step and the archive never becomes a layer.
import type { DockerfileRule } from '../rule';
import { allInstructions, copyPaths, flag, textOf } from '../../engine/dockerfile/instructions';

const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;

export const rule: DockerfileRule = {
  id: 'DF055',
  title: 'Archive copied, then extracted',
  kind: 'dockerfile',
  severity: 'hint',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3010'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'COPY' || l.onbuild || flag(l.inst, 'from')) continue;
      const insts = l.stage.instructions;
      const later = insts.slice(insts.indexOf(l.inst) + 1).filter((i) => i.getKeyword() === 'RUN').map((i) => textOf(model, i.getRange()));
      for (const source of copyPaths(l.inst).sources) {
        if (!TAR.test(source.value)) continue;
        const name = source.value.slice(source.value.replace(/\\/g, '/').lastIndexOf('/') + 1);
        if (!later.some((run) => /\btar\b/.test(run) && run.includes(name))) continue;
        report({
          range: source.range,
          message: `\`${name}\` is copied and then unpacked by a RUN, so the archive stays in a layer. \`ADD ${name} <dir>\` unpacks local tar archives in one step.`,
        });
      }
    }
  },
};
