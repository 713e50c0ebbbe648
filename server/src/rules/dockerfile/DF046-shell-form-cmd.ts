// CMD in shell form: the program runs under /bin/sh -c and does not get signals.
import type { DockerfileRule } from '../rule';
import { checkShellForm } from './shellForm';

export const rule: DockerfileRule = {
  id: 'DF046',
  title: 'CMD in shell form',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended', 'semgrep:prefer-json-notation'],
  check(model, report) {
    checkShellForm(model, report, 'CMD', 'it runs under `/bin/sh -c`, which does not pass SIGTERM on to the program on `docker stop`. Use the JSON exec form.', () => true);
  },
};
