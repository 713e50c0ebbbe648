// `sudo` inside RUN: the build already runs as the current USER; sudo hides a root step.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { commandName, invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';

export const rule: DockerfileRule = {
  id: 'DF070',
  title: 'sudo used in RUN',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: ['hadolint:DL3004', 'trivy:DS-0010', 'checkov:CKV2_DOCKER_1', 'semgrep:no-sudo-in-dockerfile'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        inv.wrappers.forEach((w, i) => {
          if (commandName(w) !== 'sudo') return;
          const next = inv.wrappers[i + 1] ?? inv.argv[0];
          const options = cmd.words.slice(cmd.words.indexOf(w) + 1, next ? cmd.words.indexOf(next) : undefined);
          const asOther = options.some((o) => /^-[ugU]|^--(user|group|other-user)/.test(o.text));
          const fix = next && !asOther
            ? [{ title: 'Remove sudo', edits: [{ range: model.lines.range(w.start, next.start), newText: '' }] }]
            : [];
          report({
            range: wordRange(model, w),
            message: `\`sudo\` in RUN${inv.name ? ` (running \`${inv.name}\`)` : ''}: build steps already run as the current USER. Switch with \`USER root\` … \`USER <app>\` instead${asOther ? ', or use gosu/su-exec for another user' : ''}.`,
            fixes: fix,
          });
        });
      }
    }
  },
};
