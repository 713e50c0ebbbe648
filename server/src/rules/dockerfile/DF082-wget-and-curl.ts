// Both wget and curl used in one image: two tools for one job.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';
import type { Stage } from '../../engine/dockerfile/model';
import type { Word } from '../../engine/dockerfile/shell';

export const rule: DockerfileRule = {
  id: 'DF082',
  title: 'Both wget and curl used',
  kind: 'dockerfile',
  severity: 'hint',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL4001', 'trivy:DS-0014', 'semgrep:use-either-wget-or-curl'],
  check(model, report) {
    const first = new Map<Stage, Map<string, Word>>();
    for (const step of shellSteps(model)) {
      if (!step.stage.isFinal) continue;
      let seen = first.get(step.stage);
      if (!seen) first.set(step.stage, (seen = new Map()));
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        if ((inv.name !== 'curl' && inv.name !== 'wget') || seen.has(inv.name)) continue;
        seen.set(inv.name, inv.argv[0]);
        const other = inv.name === 'curl' ? 'wget' : 'curl';
        if (seen.has(other)) {
          report({ range: wordRange(model, inv.argv[0]), message: `This stage uses \`${inv.name}\` after \`${other}\` earlier: pick one, so the image carries one download tool.` });
        }
      }
    }
  },
};
