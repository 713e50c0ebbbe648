// FROM pinned by tag only. One finding per file, on the first such FROM: a fix that
// adds a stage (e.g. the distroless one) can then never add a finding of this rule.
import type { DockerfileRule } from '../rule';
import { parseImageRef } from '../../engine/dockerfile/images';
import { externalImage, imageRange } from './stageRefs';

export const rule: DockerfileRule = {
  id: 'DF004',
  title: 'Base image is not pinned by digest',
  kind: 'dockerfile',
  severity: 'off',
  category: 'supply-chain',
  fixable: false,
  references: ['semgrep:dockerfile-source-not-pinned'],
  check(model, report) {
    const unpinned = model.stages.filter((s) => {
      const image = externalImage(s);
      return image !== undefined && !parseImageRef(image).digest;
    });
    if (unpinned.length === 0) return;
    report({
      range: imageRange(unpinned[0]),
      message: 'Base images are pinned by tag only, and a tag can be moved to other content. Pin each FROM by digest (`image:tag@sha256:…`); this is the first one.',
    });
  },
};
