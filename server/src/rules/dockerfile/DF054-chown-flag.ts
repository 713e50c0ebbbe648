// COPY/ADD --chown: the files become owned by (and writable for) the user the
// application may run as; read-only root-owned files are safer.
import type { DockerfileRule } from '../rule';
import { allInstructions, flag } from '../../engine/dockerfile/instructions';

export const rule: DockerfileRule = {
  id: 'DF054',
  title: 'COPY --chown gives the files to a non-root owner',
  kind: 'dockerfile',
  severity: 'off',
  category: 'privilege',
  fixable: false,
  references: [],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if ((l.keyword !== 'COPY' && l.keyword !== 'ADD') || !l.stage.isFinal) continue;
      const chown = flag(l.inst, 'chown');
      const owner = chown?.getValue();
      if (!chown || !owner || /^(root|0)(:(root|0))?$/.test(owner)) continue;
      report({
        range: chown.getRange(),
        message: `\`--chown=${owner}\` makes the copied files owned by \`${owner}\`; if the application runs as that user it can rewrite its own code. Keep them owned by root and readable, and chown only the directories it must write.`,
      });
    }
  },
};
