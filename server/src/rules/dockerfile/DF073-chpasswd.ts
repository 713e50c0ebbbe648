// chpasswd (or passwd --stdin) in RUN: a password baked into a layer and the Dockerfile.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';

export const rule: DockerfileRule = {
  id: 'DF073',
  title: 'Password set with chpasswd in RUN',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'secrets',
  fixable: false,
  references: ['checkov:CKV2_DOCKER_17'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        const stdin = inv.name === 'passwd' && inv.argv.some((w) => w.text === '--stdin');
        if (inv.name !== 'chpasswd' && !stdin) continue;
        report({
          range: wordRange(model, inv.argv[0]),
          message: `\`${inv.name}\` sets a password in the image: it is stored in the layer and in this Dockerfile, and every container shares it. Lock the account, or pass a credential at run time.`,
        });
      }
    }
  },
};
