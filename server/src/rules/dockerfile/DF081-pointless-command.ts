// Commands that make no sense in a build step: nothing they start or change survives it.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';

const WHY: Record<string, string> = {
  ssh: 'opens an interactive remote session',
  vim: 'is an interactive editor',
  shutdown: 'cannot shut down a build container',
  service: 'starts a service that is gone when the step ends',
  ps: 'lists the processes of a throw-away build container',
  top: 'is an interactive process viewer',
  free: 'reports the memory of the build machine, not of any future container',
  kill: 'signals processes that do not outlive the step',
  mount: 'needs privileges a build does not have, and the mount does not persist',
};

export const rule: DockerfileRule = {
  id: 'DF081',
  title: 'Command that has no lasting effect in a build',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3001', 'semgrep:nonsensical-command'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        const why = Object.hasOwn(WHY, inv.name) ? WHY[inv.name] : undefined;
        if (!why) continue;
        report({ range: wordRange(model, inv.argv[0]), message: `\`${inv.name}\` in RUN ${why}. Remove it, or do this at run time (CMD/ENTRYPOINT).` });
      }
    }
  },
};
