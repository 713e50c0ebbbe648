// useradd with a large UID and no -l: the sparse lastlog/faillog files bloat the layer.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { findOption, invocation } from '../../engine/dockerfile/commands';
import { insertAfter, wordRange } from '../../engine/dockerfile/shellEdit';

export const rule: DockerfileRule = {
  id: 'DF086',
  title: 'useradd with a large UID without -l',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3046'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      if (!step.stage.isFinal) continue;
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        if (inv.name !== 'useradd') continue;
        const args = inv.argv.slice(1);
        if (findOption(args, 'l', '--no-log-init')) continue;
        const i = args.findIndex((w) => w.text === '-u' || w.text === '--uid' || /^(-u|--uid=)\d/.test(w.text));
        if (i === -1) continue;
        const value = /^(-u|--uid=)\d/.test(args[i].text) ? args[i].text.replace(/^(-u|--uid=)/, '') : args[i + 1]?.text ?? '';
        if (!/^\d{6,}$/.test(value) || (args[i + 1]?.dynamic && !/\d/.test(args[i].text.slice(2)))) continue;
        report({
          range: wordRange(model, args[i].text.length > 3 ? args[i] : args[i + 1]),
          message: `\`useradd\` with UID ${value} and no \`-l\` writes sparse lastlog/faillog files sized by the UID, which can add gigabytes to the layer.`,
          fixes: [{ title: 'Add -l (no log init)', edits: [insertAfter(model, inv.argv[0], '-l')] }],
        });
      }
    }
  },
};
