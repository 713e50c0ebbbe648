// ADD of a git repository without a commit: the build takes whatever the branch
// or tag points at today.
import type { DockerfileRule } from '../rule';
import { allInstructions, flag } from '../../engine/dockerfile/instructions';
import { addSources } from './add';

export const rule: DockerfileRule = {
  id: 'DF036',
  title: 'ADD of a git repository not pinned to a commit',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: [],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'ADD' || flag(l.inst, 'checksum')) continue;
      for (const s of addSources(model, l)) {
        if (s.kind !== 'git' || !s.value) continue;
        const ref = /#([^:]*)/.exec(s.value)?.[1] ?? '';
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref)) continue;
        report({
          range: s.word.range,
          message: ref
            ? `ADD takes \`${s.value}\` at \`${ref}\`, a branch or tag that can move. Pin the commit (\`#<40-hex sha>\`) or add \`--checksum=<commit sha>\`.`
            : `ADD takes \`${s.value}\` at whatever its default branch is today. Pin the commit (\`#<40-hex sha>\`) or add \`--checksum=<commit sha>\`.`,
        });
      }
    }
  },
};
