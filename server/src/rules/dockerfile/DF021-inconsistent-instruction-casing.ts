// Instruction keywords in one case throughout the file (the majority's; upper on a tie).
import type { From } from 'dockerfile-ast';
import type { DockerfileRule } from '../rule';
import type { TextEdit } from '../../engine/types';
import { INSTRUCTIONS, instructionCase, withCase } from '../../engine/dockerfile/casing';
import { asKeyword } from './fromAs';

export const rule: DockerfileRule = {
  id: 'DF021',
  title: 'Instruction casing is inconsistent',
  kind: 'dockerfile',
  severity: 'hint',
  category: 'hygiene',
  fixable: true,
  references: ['buildkit:ConsistentInstructionCasing'],
  check(model, report) {
    const want = instructionCase(model);
    for (const inst of model.ast.getInstructions()) {
      if (!INSTRUCTIONS.has(inst.getKeyword())) continue;
      const word = inst.getInstruction();
      const text = withCase(word, want);
      if (word === text) continue;
      const edits: TextEdit[] = [{ range: inst.getInstructionRange(), newText: text }];
      const as = inst.getKeyword() === 'FROM' ? asKeyword(inst as From) : undefined;
      if (as && as.text !== withCase('as', want)) edits.push({ range: as.range, newText: withCase('as', want) });
      report({
        range: inst.getInstructionRange(),
        message: `\`${word}\`: most instructions in this file are written in ${want} case; write \`${text}\`.`,
        fixes: [{ title: `Write \`${text}\``, edits }],
      });
    }
  },
};
