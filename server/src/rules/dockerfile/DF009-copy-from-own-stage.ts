// COPY --from naming the stage it is in: a stage cannot copy from itself.
import type { DockerfileRule } from '../rule';
import { copyFroms } from './copyFrom';

export const rule: DockerfileRule = {
  id: 'DF009',
  title: 'COPY --from names its own stage',
  kind: 'dockerfile',
  severity: 'error',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3023', 'trivy:DS-0006', 'semgrep:copy-from-own-alias'],
  check(model, report) {
    for (const { stage, flag, value, target } of copyFroms(model)) {
      if (target !== stage) continue;
      report({
        range: flag.getValueRange() ?? flag.getRange(),
        message: `\`--from=${value}\` names the stage this COPY is in; a stage cannot copy from itself. Name the earlier stage you meant, or start a new stage with FROM.`,
      });
    }
  },
};
