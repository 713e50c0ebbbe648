// A relative WORKDIR: its meaning depends on the WORKDIR before it, possibly the
// base image's, which can change under you.
import type { DockerfileRule } from '../rule';
import { stageFamily } from '../../engine/dockerfile/model';
import { textOf } from '../../engine/dockerfile/instructions';
import { expandIn, joinPath, workdirBefore, workdirText } from './workdir';

export const rule: DockerfileRule = {
  id: 'DF048',
  title: 'Relative WORKDIR',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3000', 'trivy:DS-0009', 'checkov:CKV_DOCKER_10', 'semgrep:use-absolute-workdir', 'buildkit:WorkdirRelativePath'],
  check(model, report) {
    for (const stage of model.stages) {
      if (stageFamily(stage) === 'windows') continue;
      for (const inst of stage.instructions) {
        if (inst.getKeyword() !== 'WORKDIR') continue;
        const range = inst.getArgumentsRange();
        const raw = workdirText(inst);
        const value = expandIn(model, stage, inst, raw);
        if (!range || value === undefined || value === '' || value.startsWith('/') || /^[A-Za-z]:|^\\/.test(value)) continue;
        const before = workdirBefore(model, stage, inst);
        const literal = range.start.line === range.end.line && /^[^\s"'$\\]+$/.test(textOf(model, range));
        const target = joinPath(before.dir ?? '/', value);
        report({
          range,
          message: before.dir
            ? `\`WORKDIR ${raw}\` is relative; it means \`${target}\` here. Write the absolute path so it does not change when an earlier WORKDIR does.`
            : `\`WORKDIR ${raw}\` is relative to the base image's working directory, which this file does not set. Use an absolute path.`,
          fixes: literal ? [{ title: before.dir ? `Use ${target}` : `Use ${target} (assumes the base image works in /)`, edits: [{ range, newText: target }] }] : [],
        });
      }
    }
  },
};
