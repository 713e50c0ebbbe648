// More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last counts.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../rule';
import { deleteInstruction, stageLabel } from '../../engine/dockerfile/instructions';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export const rule: DockerfileRule = {
  id: 'DF044',
  title: 'CMD, ENTRYPOINT or HEALTHCHECK given more than once',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: true,
  references: [
    'hadolint:DL4003', 'hadolint:DL4004', 'hadolint:DL3012', 'trivy:DS-0016', 'trivy:DS-0007', 'trivy:DS-0023',
    'semgrep:multiple-cmd-instructions', 'semgrep:multiple-entrypoint-instructions', 'buildkit:MultipleInstructionsDisallowed',
  ],
  check(model, report) {
    for (const stage of model.stages) {
      for (const keyword of ONCE) {
        const all: Instruction[] = stage.instructions.filter((i) => i.getKeyword() === keyword);
        for (const inst of all.slice(0, -1)) {
          report({
            range: inst.getInstructionRange(),
            message: `This ${keyword} has no effect: a later ${keyword} in stage ${stageLabel(stage)} replaces it.`,
            fixes: [{ title: `Remove the unused ${keyword}`, edits: [deleteInstruction(model, inst)] }],
          });
        }
      }
    }
  },
};
