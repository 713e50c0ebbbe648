// ONBUILD FROM / ONBUILD MAINTAINER / ONBUILD ONBUILD: rejected by the builder.
import type { Onbuild } from 'dockerfile-ast';
import type { DockerfileRule } from '../rule';

const FORBIDDEN = new Set(['FROM', 'MAINTAINER', 'ONBUILD']);

export const rule: DockerfileRule = {
  id: 'DF015',
  title: 'ONBUILD cannot trigger FROM, MAINTAINER or ONBUILD',
  kind: 'dockerfile',
  severity: 'error',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3043'],
  check(model, report) {
    for (const inst of model.ast.getInstructions()) {
      if (inst.getKeyword() !== 'ONBUILD') continue;
      const onbuild = inst as Onbuild;
      const trigger = onbuild.getTrigger()?.toUpperCase();
      if (!trigger || !FORBIDDEN.has(trigger)) continue;
      report({
        range: onbuild.getTriggerRange() ?? inst.getRange(),
        message: `\`ONBUILD ${trigger}\` is not allowed: the builder rejects it when a child image builds FROM this one. Remove it.`,
      });
    }
  },
};
