// FROM --platform=$TARGETPLATFORM: that is already the default.
import type { DockerfileRule } from '../rule';

const TARGET = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/;

export const rule: DockerfileRule = {
  id: 'DF014',
  title: 'FROM --platform=$TARGETPLATFORM is redundant',
  kind: 'dockerfile',
  severity: 'hint',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3065', 'buildkit:RedundantTargetPlatform'],
  check(model, report) {
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      if (!flag || !value || !TARGET.test(value)) continue;
      const start = model.lines.offset(flag.getRange().start);
      let end = model.lines.offset(flag.getRange().end);
      while (model.text[end] === ' ' || model.text[end] === '\t') end++;
      report({
        range: flag.getRange(),
        message: `\`--platform=${value}\` repeats the default: stages are built for the target platform anyway. Remove the flag.`,
        fixes: [{ title: 'Remove the --platform flag', edits: [{ range: model.lines.range(start, end), newText: '' }] }],
      });
    }
  },
};
