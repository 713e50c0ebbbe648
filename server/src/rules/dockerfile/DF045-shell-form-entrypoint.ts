// ENTRYPOINT in shell form: /bin/sh is PID 1, so the program never sees SIGTERM,
// and CMD / `docker run` arguments are ignored.
import type { DockerfileRule } from '../rule';
import { checkShellForm } from './shellForm';

export const rule: DockerfileRule = {
  id: 'DF045',
  title: 'ENTRYPOINT in shell form',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended', 'semgrep:prefer-json-notation'],
  check(model, report) {
    // With a CMD in the stage, exec form would append it as arguments: not the same command.
    checkShellForm(model, report, 'ENTRYPOINT', 'the shell runs as PID 1, so the program does not get SIGTERM on `docker stop`, and CMD or `docker run` arguments are ignored. Use the JSON exec form.',
      (stage) => !stage.instructions.some((i) => i.getKeyword() === 'CMD'));
  },
};
