// FROM image:latest: a moving tag, so two builds of the same commit differ.
import type { DockerfileRule } from '../rule';
import { externalImages, imageLabel, imageRange } from './stageRefs';

export const rule: DockerfileRule = {
  id: 'DF003',
  title: 'Base image uses the latest tag',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: ['hadolint:DL3007', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7', 'semgrep:avoid-latest-version'],
  check(model, report) {
    for (const { stage, image, ref } of externalImages(model)) {
      if (ref.tag !== 'latest' || ref.digest) continue;
      const literal = stage.from.getImage() === image;
      report({
        range: (literal && stage.from.getImageTagRange()) || imageRange(stage),
        message: `${imageLabel(stage)} uses the moving \`latest\` tag: the base changes under you between builds. Pin a version tag.`,
      });
    }
  },
};
