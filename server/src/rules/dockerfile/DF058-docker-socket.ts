// The Docker socket as a VOLUME or a RUN mount: whoever talks to it is root on the host.
import type { DockerfileRule } from '../rule';
import { allInstructions, argumentWords, flagsOf } from '../../engine/dockerfile/instructions';

const SOCKET = /(^|[\s"'=,:])(\/var)?\/run\/docker\.sock\b/;

export const rule: DockerfileRule = {
  id: 'DF058',
  title: 'Docker socket mounted',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  references: ['semgrep:dockerfile-dockerd-socket-mount'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword === 'VOLUME') {
        for (const w of argumentWords(l.inst)) if (SOCKET.test(w.value)) report({ range: w.range, message: message('VOLUME') });
      } else if (l.keyword === 'RUN') {
        for (const f of flagsOf(l.inst)) {
          if (f.getName() === 'mount' && SOCKET.test(f.getValue() ?? '')) report({ range: f.getRange(), message: message('RUN --mount') });
        }
      }
    }
  },
};

function message(where: string): string {
  return `${where} uses the Docker socket (/var/run/docker.sock): any process that can reach it controls the Docker daemon, which is root on the host. Use a rootless builder or a socket proxy with a narrow API instead.`;
}
