// The image's final stage runs as root: no USER, or USER root/0.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../rule';
import { baseImageOf, stageFamily, stageVariables, type DockerfileModel, type Stage } from '../../engine/dockerfile/model';
import { runsAsNonRootByDefault } from '../../engine/dockerfile/images';
import { expandVariables } from '../../engine/dockerfile/variables';
import { nonRootUserLines } from '../../engine/dockerfile/users';
import { insertBeforeRuntimeConfig } from '../../engine/dockerfile/edit';

export const rule: DockerfileRule = {
  id: 'DF001',
  title: 'The final image runs as root',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: ['hadolint:DL3002', 'trivy:DS-0002', 'checkov:CKV_DOCKER_3', 'checkov:CKV_DOCKER_8', 'cis-docker:4.1'],
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.isFinal || stageFamily(stage) === 'windows') continue;
      const verdict = effectiveUser(model, stage);
      if (verdict.state !== 'root') continue;
      const fix = { title: 'Run as non-root user', edits: [insertBeforeRuntimeConfig(model, stage, nonRootUserLines(stageFamily(stage)))] };
      if (verdict.user) {
        report({
          range: verdict.user.getArgumentsRange() ?? verdict.user.getRange(),
          message: `The image runs as root: the last USER of stage ${stageLabel(stage)} is \`${verdict.value}\`. Switch to an unprivileged user after the steps that need root.`,
          fixes: [fix],
        });
      } else {
        report({
          range: stage.from.getRange(),
          message: `The image runs as root: stage ${stageLabel(stage)} has no USER instruction and its base image \`${baseImageOf(stage) ?? stage.from.getImage()}\` runs as root by default.`,
          fixes: [fix],
        });
      }
    }
  },
};

type Verdict = { state: 'root' | 'non-root' | 'unknown'; user?: Instruction; value?: string };

/** Who the stage runs as: its last USER, else its parent stage's, else the base image's default. */
function effectiveUser(model: DockerfileModel, stage: Stage): Verdict {
  const users = stage.instructions.filter((i) => i.getKeyword() === 'USER');
  const last = users[users.length - 1];
  if (last) {
    const raw = last.getArgumentsContent() ?? '';
    const vars = stageVariables(stage, model.globalArgs, last.getRange().start.line);
    const value = expandVariables(raw.trim(), vars, model.escape);
    if (value === undefined || value === '') return { state: 'unknown' };
    const name = value.split(':')[0];
    return { state: name === 'root' || name === '0' ? 'root' : 'non-root', user: last, value };
  }
  if (stage.parent) return effectiveUser(model, stage.parent).state === 'root' ? { state: 'root' } : { state: 'non-root' };
  const image = stage.image;
  if (image === undefined) return { state: 'unknown' };
  if (runsAsNonRootByDefault(image)) return { state: 'non-root' };
  return { state: 'root' };
}

function stageLabel(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `${stage.index + 1}`;
}
