// `RUN cd /dir && …` where WORKDIR says the same thing and lasts.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';

export const rule: DockerfileRule = {
  id: 'DF085',
  title: 'RUN starts with cd instead of WORKDIR',
  kind: 'dockerfile',
  severity: 'hint',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3003', 'trivy:DS-0013', 'semgrep:use-workdir'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      const first = step.script.commands[0];
      if (!first || first.host) continue;
      const inv = invocation(first);
      const dir = inv.argv[1];
      if (inv.name !== 'cd' || !dir || !dir.text.startsWith('/') || step.script.commands.length < 2) continue;
      report({
        range: wordRange(model, inv.argv[0]),
        message: `\`cd ${dir.text}\` at the start of a RUN: \`WORKDIR ${dir.text}\` does the same, lasts for the following instructions and is easier to read.`,
      });
    }
  },
};
