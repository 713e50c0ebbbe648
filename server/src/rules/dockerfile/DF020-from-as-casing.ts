// `FROM x as y` / `from x AS y`: the AS keyword should match FROM's case.
import type { DockerfileRule } from '../rule';
import { withCase } from '../../engine/dockerfile/casing';
import { asKeyword, caseOf } from './fromAs';

export const rule: DockerfileRule = {
  id: 'DF020',
  title: "The AS keyword does not match FROM's case",
  kind: 'dockerfile',
  severity: 'hint',
  category: 'hygiene',
  fixable: true,
  references: ['buildkit:FromAsCasing'],
  check(model, report) {
    for (const stage of model.stages) {
      const as = asKeyword(stage.from);
      const want = caseOf(stage.from.getInstruction());
      if (!as || !want || as.text === withCase('as', want)) continue;
      const text = withCase('as', want);
      report({
        range: as.range,
        message: `\`${as.text}\` does not match the case of \`${stage.from.getInstruction()}\`; write \`${text}\`.`,
        fixes: [{ title: `Write \`${text}\``, edits: [{ range: as.range, newText: text }] }],
      });
    }
  },
};
