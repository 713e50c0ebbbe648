// FROM an image without a tag or digest: the build pulls whatever `latest` is that day.
import type { DockerfileRule } from '../rule';
import { externalImages, imageLabel, imageRange } from './stageRefs';

export const rule: DockerfileRule = {
  id: 'DF002',
  title: 'Base image has no tag',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: ['hadolint:DL3006', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7', 'semgrep:missing-image-version'],
  check(model, report) {
    for (const { stage, ref } of externalImages(model)) {
      if (ref.tag || ref.digest) continue;
      report({
        range: imageRange(stage),
        message: `${imageLabel(stage)} has no tag, so each build pulls whatever \`latest\` points to that day. Pin a version tag, e.g. \`${ref.path}:<version>\`.`,
      });
    }
  },
};
