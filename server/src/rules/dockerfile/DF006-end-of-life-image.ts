// FROM an end-of-life release (bundled table in engine/dockerfile/eol.ts, dated EOL_AS_OF).
import type { DockerfileRule } from '../rule';
import { endOfLife, EOL_AS_OF } from '../../engine/dockerfile/eol';
import { externalImages, imageLabel, imageRange } from './stageRefs';

export const rule: DockerfileRule = {
  id: 'DF006',
  title: 'Base image is end of life',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: [],
  check(model, report) {
    for (const { stage, image } of externalImages(model)) {
      const verdict = endOfLife(image);
      if (!verdict) continue;
      report({
        range: imageRange(stage),
        message: `${imageLabel(stage)} is end of life: ${verdict.product} stopped getting security fixes on ${verdict.eol}${verdict.note ? ` (${verdict.note})` : ''}. Move to a supported release (table as of ${EOL_AS_OF}).`,
      });
    }
  },
};
