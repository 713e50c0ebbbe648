// Replacing /bin/sh with a link to another shell, instead of using SHELL.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';

export const rule: DockerfileRule = {
  id: 'DF084',
  title: '/bin/sh relinked instead of using SHELL',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL4005', 'semgrep:use-shell-instruction'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        if (inv.name !== 'ln') continue;
        const operands = inv.argv.slice(1).filter((w) => !w.text.startsWith('-'));
        const target = operands[operands.length - 1];
        if (operands.length < 2 || !/^\/(usr\/)?bin\/sh$/.test(target.text)) continue;
        report({
          range: wordRange(model, target),
          message: `\`ln … ${target.text}\` swaps the system shell for every program in the image, not only for RUN. Use \`SHELL ["${operands[0].text}", "-c"]\` to choose the shell of later RUNs.`,
        });
      }
    }
  },
};
