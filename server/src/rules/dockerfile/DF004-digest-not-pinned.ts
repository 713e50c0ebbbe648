// FROM pinned by tag only. One finding per file, on the first such FROM: a fix that
// adds a stage (e.g. the distroless one) can then never add a finding of this rule.
import type { DockerfileRule } from '../rule';
import { externalImages, imageRange } from './stageRefs';

export const rule: DockerfileRule = {
  id: 'DF004',
  title: 'Base image is not pinned by digest',
  kind: 'dockerfile',
  severity: 'off',
  category: 'supply-chain',
  fixable: false,
  references: ['semgrep:dockerfile-source-not-pinned'],
  check(model, report) {
    const first = externalImages(model).find(({ ref }) => !ref.digest);
    if (!first) return;
    report({
      range: imageRange(first.stage),
      message: 'Base images are pinned by tag only, and a tag can be moved to other content. Pin each FROM by digest (`image:tag@sha256:…`); this is the first one.',
    });
  },
};
