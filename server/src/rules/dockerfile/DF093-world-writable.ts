// chmod 777 / o+w in a final image: any user of the container may change those files.
import type { DockerfileRule } from '../rule';
import { invocationsOf } from '../../engine/dockerfile/invocations';

import { replaceWord, wordRange } from '../../engine/dockerfile/shellEdit';
import { modeTargets, modeWords, removedLater } from '../../engine/dockerfile/modes';

export const rule: DockerfileRule = {
  id: 'DF093',
  title: 'World-writable permissions set in RUN',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: [],
  check(model, report) {
    for (const { step, inv } of invocationsOf(model, 'chmod', 'install', 'mkdir')) {
      if (!step.stage.isFinal) continue;
      const cmd = inv.command;
      for (const { word, mode } of modeWords(inv)) {
        const numeric = /^0?([0-7]?)([0-7]{3})$/.exec(mode);
        const sticky = numeric ? (Number(numeric[1] || 0) & 1) === 1 : /t/.test(mode);
        const writable = numeric ? (Number(numeric[2][2]) & 2) === 2 : /^[ugo]*[ao][ugo]*[+=][rwxXst]*w/.test(mode);
        if (!writable || sticky || removedLater(step.script.commands, cmd, modeTargets(inv, word))) continue;
        const fixed = numeric && word.text === mode ? mode.slice(0, -1) + String(Number(mode.slice(-1)) & 5) : undefined;
        report({
          range: wordRange(model, word),
          message: `Mode \`${mode}\` makes files writable by every user: any process in the container, whatever its UID, can replace them. Give ownership to the app user (\`chown\`) and keep others read-only.`,
          fixes: fixed ? [{ title: `Use mode ${fixed}`, edits: [replaceWord(model, word, fixed)] }] : [],
        });
      }
    }
  },
};
