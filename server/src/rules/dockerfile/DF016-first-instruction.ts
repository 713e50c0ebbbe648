// The first instruction must be FROM, or ARG (global build arguments); comments and parser directives may precede it.
import type { DockerfileRule } from '../rule';

export const rule: DockerfileRule = {
  id: 'DF016',
  title: 'Dockerfile does not start with FROM or ARG',
  kind: 'dockerfile',
  severity: 'error',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3061'],
  check(model, report) {
    const first = model.ast.getInstructions()[0];
    if (!first || first.getKeyword() === 'FROM' || first.getKeyword() === 'ARG') return;
    report({
      range: first.getInstructionRange(),
      message: `The first instruction is \`${first.getKeyword()}\`; a Dockerfile must start with FROM (or ARG lines for FROM), so the builder rejects this one.`,
    });
  },
};
