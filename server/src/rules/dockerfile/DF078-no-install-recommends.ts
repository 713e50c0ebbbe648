// apt-get install pulls in "recommended" packages unless told not to.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { displayName, family, packageCalls } from '../../engine/dockerfile/packages';
import { insertAfter, wordRange } from '../../engine/dockerfile/shellEdit';

export const rule: DockerfileRule = {
  id: 'DF078',
  title: 'apt-get install without --no-install-recommends',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3015', 'trivy:DS-0029', 'semgrep:missing-no-install-recommends'],
  check(model, report) {
    // an APT configuration in the file (apt.conf.d) may already turn recommends off
    if (model.text.includes('Install-Recommends')) return;
    for (const { step, call } of packageCalls(shellSteps(model))) {
      if (!step.stage.isFinal || family(call.manager) !== 'apt-get' || call.action !== 'install') continue;
      if (call.options.some((o) => o.text === '--no-install-recommends')) continue;
      report({
        range: wordRange(model, call.actionWord!),
        message: `\`${displayName(call)} install\` without \`--no-install-recommends\` also installs recommended packages, which grow the image and its attack surface.`,
        fixes: [{ title: 'Add --no-install-recommends', edits: [insertAfter(model, call.actionWord!, '--no-install-recommends')] }],
      });
    }
  },
};
