// The Docker (or another runtime's) API socket mounted into a service.
import { hostPathOf, mountRule } from './mountRule';

const SOCKET = /(^|\/)(docker|podman|containerd|crio|cri-dockerd)\.sock$|^\/var\/run\/docker$|^\/run\/(containerd|podman)$/;

export const rule = mountRule({
  id: 'DC010',
  title: 'Service mounts the Docker socket',
  severity: 'error',
  category: 'privilege',
  fixable: false,
  references: ['kics:d6355c88-1e8d-49e9-b2f2-f8a1ca12c75b', 'semgrep:exposing-docker-socket-volume', 'cis-docker:5.32'],
}, {
  problem(mount) {
    const path = hostPathOf(mount);
    if (!path || !SOCKET.test(path)) return undefined;
    return `the container runtime socket \`${path}\` is mounted${mount.readOnly ? ' (read-only does not help: the API still accepts every request)' : ''}. Whoever controls the container can start a privileged container and own the host. If it needs the API, put a filtering socket proxy in between or use a rootless daemon.`;
  },
});
