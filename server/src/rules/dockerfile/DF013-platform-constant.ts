// FROM --platform=linux/amd64: a constant platform pins the stage, whatever is being built for.
import type { DockerfileRule } from '../rule';

export const rule: DockerfileRule = {
  id: 'DF013',
  title: 'FROM --platform uses a constant',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3029', 'buildkit:FromPlatformFlagConstDisallowed', 'semgrep:avoid-platform-with-from'],
  check(model, report) {
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      if (!flag || !value || value.includes('$')) continue;
      report({
        range: flag.getRange(),
        message: `\`--platform=${value}\` pins this stage to one platform, so multi-platform builds emulate it or get the wrong architecture. Use \`$BUILDPLATFORM\` for build stages, or drop the flag.`,
      });
    }
  },
};
