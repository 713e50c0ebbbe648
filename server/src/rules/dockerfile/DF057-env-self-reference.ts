// ENV A=1 B=$A: inside one ENV, $A still has its value from before the
// instruction, not the one set a few words earlier.
import type { DockerfileRule } from '../rule';
import { allInstructions, pairsOf, textOf } from '../../engine/dockerfile/instructions';

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
      if (pairs.length < 2) continue;
      pairs.forEach((pair, i) => {
        if (!pair.valueRange || i === 0) return;
        const raw = textOf(model, pair.valueRange);
        if (!raw.includes('$')) return;
        const used = new Set(Array.from(raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g), (m) => m[1]));
        const earlier = pairs.slice(0, i).find((p) => p.name !== pair.name && used.has(p.name));
        if (!earlier) return;
        report({
          range: pair.valueRange,
          message: `\`${pair.name}\` uses \`$${earlier.name}\`, which this same ENV sets: the reference still sees the value from before this ENV. Set \`${earlier.name}\` in an earlier ENV.`,
        });
      });
    }
  },
};
