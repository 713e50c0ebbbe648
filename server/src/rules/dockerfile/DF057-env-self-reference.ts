// ENV A=1 B=$A: inside one ENV, $A still has its value from before the
// instruction, not the one set a few words earlier.
import type { DockerfileRule } from '../rule';
import { allInstructions, mentionsVariable, pairsOf } from '../../engine/dockerfile/instructions';

export const rule: DockerfileRule = {
  id: 'DF057',
  title: 'ENV uses a variable set in the same ENV',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3044'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'ENV') continue;
      const pairs = pairsOf(l.inst);
      pairs.forEach((pair, i) => {
        if (!pair.value || !pair.valueRange) return;
        const earlier = pairs.slice(0, i).find((p) => p.name !== pair.name && mentionsVariable(model.text.slice(model.lines.offset(pair.valueRange!.start), model.lines.offset(pair.valueRange!.end)), p.name));
        if (!earlier) return;
        report({
          range: pair.valueRange,
          message: `\`${pair.name}\` uses \`$${earlier.name}\`, which this same ENV sets: the reference still sees the value from before this ENV. Set \`${earlier.name}\` in an earlier ENV.`,
        });
      });
    }
  },
};
