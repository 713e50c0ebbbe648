// Stage names in lower case: BuildKit compares them case-insensitively, so mixed case only misleads.
import type { DockerfileRule } from '../rule';

export const rule: DockerfileRule = {
  id: 'DF019',
  title: 'Stage name is not lower case',
  kind: 'dockerfile',
  severity: 'hint',
  category: 'hygiene',
  fixable: true,
  references: ['buildkit:StageNameCasing'],
  check(model, report) {
    for (const stage of model.stages) {
      const name = stage.from.getBuildStage();
      const range = stage.from.getBuildStageRange();
      if (!name || !range || name === name.toLowerCase()) continue;
      report({
        range,
        message: `Stage name \`${name}\` is not lower case; stage names are case-insensitive, so write \`${name.toLowerCase()}\`.`,
        fixes: [{ title: 'Write the stage name in lower case', edits: [{ range, newText: name.toLowerCase() }] }],
      });
    }
  },
};
