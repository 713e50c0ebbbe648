// Two stages with the same name (names compare case-insensitively).
import type { DockerfileRule } from '../rule';
import type { Stage } from '../../engine/dockerfile/model';

export const rule: DockerfileRule = {
  id: 'DF011',
  title: 'Duplicate stage name',
  kind: 'dockerfile',
  severity: 'error',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3024', 'trivy:DS-0012', 'checkov:CKV_DOCKER_11', 'semgrep:alias-must-be-unique', 'buildkit:DuplicateStageName'],
  check(model, report) {
    const first = new Map<string, Stage>();
    for (const stage of model.stages) {
      if (!stage.name) continue;
      const earlier = first.get(stage.name);
      if (!earlier) { first.set(stage.name, stage); continue; }
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        message: `Stage name \`${stage.name}\` is already used on line ${earlier.from.getRange().start.line + 1}; references to it become ambiguous. Rename one of them.`,
      });
    }
  },
};
