// The image's final stage runs as root: no USER, or USER root/0, including root
// re-entered after a non-root USER and never dropped, and root inherited from the stage it builds on.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../rule';
import { baseImageOf, stageChain, stageFamily, stageVariables, type DockerfileModel, type Stage } from '../../engine/dockerfile/model';
import { runsAsNonRootByDefault } from '../../engine/dockerfile/images';
import { expandVariables } from '../../engine/dockerfile/variables';
import { nonRootUserLines } from '../../engine/dockerfile/users';
import { insertBeforeRuntimeConfig } from '../../engine/dockerfile/edit';
import { casedLines, instructionCase } from '../../engine/dockerfile/casing';
import { stageLabel } from '../../engine/dockerfile/instructions';

export const rule: DockerfileRule = {
  id: 'DF001',
  title: 'The final image runs as root',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: ['hadolint:DL3002', 'trivy:DS-0002', 'checkov:CKV_DOCKER_3', 'checkov:CKV_DOCKER_8', 'cis-docker:4.1'],
  check(model, report) {
    const keywordCase = instructionCase(model);
    for (const stage of model.stages) {
      if (!stage.isFinal || stageFamily(stage) === 'windows') continue;
      const verdict = effectiveUser(model, stage);
      if (verdict.state !== 'root' || (!verdict.user && dropsRootAtStart(stage))) continue;
      const lines = casedLines(nonRootUserLines(stageFamily(stage)), keywordCase);
      const fix = { title: 'Run as non-root user', edits: [insertBeforeRuntimeConfig(model, stage, lines)] };
      const reentered = verdict.dropped
        ? ` Root is re-entered after \`USER ${verdict.dropped.value}\` (line ${verdict.dropped.inst.getRange().start.line + 1}) and never dropped again.`
        : '';
      if (verdict.user && verdict.stage === stage) {
        report({
          range: verdict.user.getArgumentsRange() ?? verdict.user.getRange(),
          message: `The image runs as root: the last USER of stage ${stageLabel(stage)} is \`${verdict.value}\`.${reentered} Switch to an unprivileged user after the steps that need root.`,
          fixes: [fix],
        });
      } else if (verdict.user && verdict.stage) {
        report({
          range: stage.from.getRange(),
          message: `The image runs as root: stage ${stageLabel(stage)} has no USER instruction and inherits \`USER ${verdict.value}\` from stage ${stageLabel(verdict.stage)} (line ${verdict.user.getRange().start.line + 1}).${reentered}`,
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

interface UserLine { inst: Instruction; value: string }
interface Verdict {
  state: 'root' | 'non-root' | 'unknown';
  /** The USER in effect, its value and the stage it is in (this one or one it builds on). */
  user?: Instruction; value?: string; stage?: Stage;
  /** The non-root USER that the effective root USER came after: root re-entered and never dropped. */
  dropped?: UserLine;
}

const isRoot = (value: string) => { const name = value.split(':')[0]; return name === 'root' || name === '0'; };

/** Who the stage runs as: its last USER, else its parent stage's, else the base image's default. */
function effectiveUser(model: DockerfileModel, stage: Stage): Verdict {
  const users: UserLine[] = [];
  for (const inst of stage.instructions) {
    if (inst.getKeyword() !== 'USER') continue;
    const vars = stageVariables(stage, model.globalArgs, inst.getRange().start.line);
    users.push({ inst, value: expandVariables((inst.getArgumentsContent() ?? '').trim(), vars, model.escape) ?? '' });
  }
  const inherited = stage.parent ? effectiveUser(model, stage.parent) : undefined;
  const last = users[users.length - 1];
  if (last) {
    if (last.value === '') return { state: 'unknown' };
    if (!isRoot(last.value)) return { state: 'non-root', user: last.inst, value: last.value, stage };
    let dropped: UserLine | undefined;
    for (let i = users.length - 2; i >= 0 && !dropped; i--) if (users[i].value && !isRoot(users[i].value)) dropped = users[i];
    if (!dropped && inherited?.state === 'non-root' && inherited.user) dropped = { inst: inherited.user, value: inherited.value ?? '' };
    return { state: 'root', user: last.inst, value: last.value, stage, dropped };
  }
  if (inherited) return inherited;
  const image = stage.image;
  if (image === undefined) return { state: 'unknown' };
  if (runsAsNonRootByDefault(image)) return { state: 'non-root' };
  return { state: 'root' };
}

/** Tools an entrypoint script uses to give up root once it has set up the container. */
const PRIVILEGE_DROP = /\b(gosu|su-exec|setpriv)\b/;

/**
 * The postgres/redis pattern: no USER, an ENTRYPOINT script, and a privilege-drop tool installed
 * in the stage or the stages it builds on. The process the image runs is then not root.
 */
function dropsRootAtStart(stage: Stage): boolean {
  const instructions = stageChain(stage).flatMap((s) => s.instructions);
  return instructions.some((i) => i.getKeyword() === 'ENTRYPOINT')
    && instructions.some((i) => i.getKeyword() === 'RUN' && PRIVILEGE_DROP.test(i.getTextContent()));
}
