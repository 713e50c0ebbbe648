// chmod/install setting setuid or setgid bits in a final image (CIS Docker 4.8).
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';
import { modeWords } from '../../engine/dockerfile/modes';

export const rule: DockerfileRule = {
  id: 'DF089',
  title: 'setuid or setgid bit set in RUN',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: [],
  check(model, report) {
    for (const step of shellSteps(model)) {
      if (!step.stage.isFinal) continue;
      for (const cmd of step.script.commands) {
        for (const { word, mode } of modeWords(invocation(cmd))) {
          const digits = /^0?([0-7]{4})$/.exec(mode)?.[1];
          const numeric = digits ? Number(digits[0]) & 6 : 0;
          if (!numeric && !/^[ugoa]*[+=][rwxXt]*s/.test(mode)) continue;
          report({
            range: wordRange(model, word),
            message: `Mode \`${mode}\` sets the setuid/setgid bit: the file runs with its owner's or group's rights, an easy privilege escalation if it is ever exploitable. Drop the bit, or grant a capability (\`setcap\`) instead.`,
          });
        }
      }
    }
  },
};
