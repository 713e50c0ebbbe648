// ADD of a git repository without a commit: the build takes whatever the branch
// or tag points at today.
import type { DockerfileRule } from '../rule';
import { uncheckedSources } from './add';

export const rule: DockerfileRule = {
  id: 'DF036',
  title: 'ADD of a git repository not pinned to a commit',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: [],
  check(model, report) {
    for (const s of uncheckedSources(model, 'git')) {
      const ref = /#([^:]*)/.exec(s.value ?? '')?.[1] ?? '';
      if (/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref)) continue;
      const at = ref ? `at \`${ref}\`, a branch or tag that can move` : 'at whatever its default branch is today';
      report({
        range: s.word.range,
        message: `ADD takes \`${s.value}\` ${at}. Pin the commit (\`#<40-hex sha>\`) or add \`--checksum=<commit sha>\`.`,
      });
    }
  },
};
