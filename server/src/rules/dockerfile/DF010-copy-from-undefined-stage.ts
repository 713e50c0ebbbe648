// COPY --from naming no earlier stage: a later stage, a missing index, or a bare
// word that BuildKit would pull from Docker Hub as an image (usually a typo).
import type { DockerfileRule } from '../rule';
import { copyFroms } from './copyFrom';
import { closest, looksLikeImage } from './stageRefs';

export const rule: DockerfileRule = {
  id: 'DF010',
  title: 'COPY --from names no earlier stage',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3022'],
  check(model, report) {
    for (const { stage, flag, value, target } of copyFroms(model)) {
      if (target === stage || target && target.index < stage.index) continue;
      let message: string;
      if (target) message = `\`--from=${value}\` names a stage defined after this one; copy only from earlier stages, or move the stage up.`;
      else if (/^\d+$/.test(value)) message = `\`--from=${value}\`: there is no stage ${value} (stages count from 0, and only earlier ones can be copied from).`;
      else if (looksLikeImage(value)) continue;
      else {
        const names = model.stages.slice(0, stage.index).flatMap((s) => (s.name ? [s.name] : []));
        const hint = closest(value, names);
        message = `\`--from=${value}\` names no earlier stage, so BuildKit pulls an image called \`${value}\` from Docker Hub${hint ? `; did you mean \`${hint}\`?` : '. Define the stage first, or write a full image reference with a tag.'}`;
      }
      report({ range: flag.getValueRange() ?? flag.getRange(), message });
    }
  },
};
