// Installing sudo into an image: a ready-made path from the app user to root.
import type { DockerfileRule } from '../rule';
import { packageCallsOf } from '../../engine/dockerfile/invocations';
import { displayName, isInstall } from '../../engine/dockerfile/packages';
import { removeWord, wordRange } from '../../engine/dockerfile/shellEdit';

export const rule: DockerfileRule = {
  id: 'DF094',
  title: 'sudo installed in the image',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: [],
  check(model, report) {
    for (const { step, call } of packageCallsOf(model)) {
      if (!step.stage.isFinal || !isInstall(call) || ['pip', 'npm', 'yarn', 'pnpm', 'gem', 'go'].includes(call.manager)) continue;
      for (const w of call.operands) {
        if (w.dynamic || !/^sudo([=:<>~-]\d.*)?$/.test(w.text)) continue;
        const others = call.operands.length > 1;
        report({
          range: wordRange(model, w),
          message: `\`${displayName(call)} ${call.action} ${w.text}\` puts sudo in the image, so a user with a sudoers entry (or a bug in one) can become root in the container. Do root steps with \`USER root\` at build time instead.`,
          fixes: others ? [{ title: 'Do not install sudo', edits: [removeWord(model, w)] }] : [],
        });
      }
    }
  },
};
