// EXPOSE of a remote-administration port: telnet, the Docker API, RDP, VNC.
import type { DockerfileRule } from '../rule';
import { forEachPort, removePortFix } from './expose';

const RISKY: Record<number, string> = {
  23: 'telnet, unencrypted remote login',
  2375: 'the Docker API without TLS, root on the host for whoever reaches it',
  2376: 'the Docker API, root on the host for whoever holds a client certificate',
  3389: 'RDP remote desktop',
  5900: 'VNC remote desktop',
  5901: 'VNC remote desktop',
};

export const rule: DockerfileRule = {
  id: 'DF038',
  title: 'Remote-administration port exposed',
  kind: 'dockerfile',
  severity: 'info',
  category: 'network',
  fixable: true,
  references: [],
  check(model, report) {
    forEachPort(model, (port, l, words) => {
      const what = port.lo === port.hi ? RISKY[port.lo] : undefined;
      if (!what) return;
      report({
        range: port.word.range,
        message: `The image exposes port ${port.lo} (${what}). Publish it only if the image is meant to offer it, and never to untrusted networks.`,
        fixes: [removePortFix(model, l, port, words)],
      });
    });
  },
};
