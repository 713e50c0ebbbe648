// The final image runs on a full language-runtime image (Debian userland, shell,
// package manager) where a distroless image runs the same app. Fix: make the stage
// a build stage and append a distroless runtime stage that copies the app.
import type { DockerfileRule } from '../rule';
import type { Fix } from '../../engine/types';
import { baseImageOf, type DockerfileModel, type Stage } from '../../engine/dockerfile/model';
import { planDistroless, runtimeOf, runtimeStageLines, type DistrolessPlan } from '../../engine/dockerfile/distroless';
import { casedLines, instructionCase, withCase } from '../../engine/dockerfile/casing';
import { caseOf } from './fromAs';
import { stageLabel } from './stageRefs';
import { copyFroms } from './copyFrom';

export const rule: DockerfileRule = {
  id: 'DF007',
  title: 'Final image is not distroless',
  kind: 'dockerfile',
  severity: 'info',
  category: 'isolation',
  fixable: true,
  references: ['cis-docker:4.3'],
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.isFinal) continue;
      const rt = runtimeOf(stage);
      if (!rt) continue;
      const last = stage.index === model.stages.length - 1;
      const argCount = stage.from.getArguments().length;
      const plan = !last ? 'this is not the last stage'
        : argCount !== (stage.name ? 3 : 1) ? 'its FROM line has unexpected arguments'
        : planDistroless(model, stage, rt);
      const base = `The image of stage ${stageLabel(stage)} runs on \`${baseImageOf(stage)}\`, with a shell, package manager and OS tools the app does not need at run time and an attacker can use.`;
      if (typeof plan === 'string') {
        report({ range: stage.from.getRange(), message: `${base} No automatic fix: ${plan}.` });
        continue;
      }
      report({
        range: stage.from.getRange(),
        message: `${base} Run it on \`${plan.image}\`.`,
        fixes: [switchToDistroless(model, stage, plan)],
      });
    }
  },
};

function uniqueName(model: DockerfileModel): string {
  // Names of stages and every --from value: reusing a dangling --from name would make it point here.
  const taken = new Set<string | undefined>([...model.stages.map((s) => s.name), ...copyFroms(model).map((c) => c.value.toLowerCase())]);
  for (let i = 1; ; i++) {
    const name = i === 1 ? 'build' : `build-${i}`;
    if (!taken.has(name)) return name;
  }
}

function switchToDistroless(model: DockerfileModel, stage: Stage, plan: DistrolessPlan): Fix {
  const { lines, text } = model;
  const eol = lines.eol;
  const keywordCase = instructionCase(model);
  const edits = [];
  let name = stage.name;
  if (!name) {
    name = uniqueName(model);
    const at = lines.offset(stage.from.getRange().end);
    const as = withCase('as', caseOf(stage.from.getInstruction()) ?? keywordCase);
    edits.push({ range: lines.range(at, at), newText: ` ${as} ${name}` });
  }
  const stageLines = casedLines(runtimeStageLines(plan, name), keywordCase).join(eol);
  const end = text.length;
  const lead = text.endsWith('\n') || text.endsWith('\r') ? eol : eol + eol;
  edits.push({ range: lines.range(end, end), newText: `${lead}${stageLines}${eol}` });
  return { title: 'Switch to distroless', edits };
}
