// `AS scratch` / `AS context`: names BuildKit reserves.
import type { DockerfileRule } from '../rule';

const RESERVED = new Set(['scratch', 'context']);

export const rule: DockerfileRule = {
  id: 'DF012',
  title: 'Reserved word used as a stage name',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3063', 'buildkit:ReservedStageName'],
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.name || !RESERVED.has(stage.name)) continue;
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        message: `\`${stage.name}\` is a reserved word and cannot name a stage: \`FROM ${stage.name}\` and \`--from=${stage.name}\` would not refer to it. Choose another name.`,
      });
    }
  },
};
