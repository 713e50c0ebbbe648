// chmod/install setting setuid or setgid bits in a final image (CIS Docker 4.8).
import type { DockerfileRule } from '../rule';
import { invocationsOf } from '../../engine/dockerfile/invocations';

import { wordRange } from '../../engine/dockerfile/shellEdit';
import { modeTargets, modeWords } from '../../engine/dockerfile/modes';

export const rule: DockerfileRule = {
  id: 'DF089',
  title: 'setuid or setgid bit set in RUN',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: [],
  check(model, report) {
    for (const { step, inv } of invocationsOf(model, 'chmod', 'install', 'mkdir')) {
      if (!step.stage.isFinal) continue;
      for (const { word, mode } of modeWords(inv)) {
        const digits = /^0?([0-7]{4})$/.exec(mode)?.[1];
        const setuid = digits ? (Number(digits[0]) & 4) === 4 : /^[ugoa]*u[ugoa]*[+=][rwxXt]*s|^[+=][rwxXt]*s/.test(mode);
        const setgid = digits ? (Number(digits[0]) & 2) === 2 : /^[ugoa]*g[ugoa]*[+=][rwxXt]*s/.test(mode);
        // setgid on a directory only makes new files inherit its group: judge it on programs only
        const program = inv.name !== 'mkdir' && !inv.argv.some((w) => w.text === '-d') && modeTargets(inv, word).some((t) => /(^|\/)(s?bin|libexec)\//.test(t.text));
        if (!setuid && !(setgid && program)) continue;
        report({
          range: wordRange(model, word),
          message: `Mode \`${mode}\` sets the setuid/setgid bit: the file runs with its owner's or group's rights, an easy privilege escalation if it is ever exploitable. Drop the bit, or grant a capability (\`setcap\`) instead.`,
        });
      }
    }
  },
};
