// A host system directory bind-mounted into a service.
import { hostPathOf, mountRule } from './mountRule';

/** Directories whose contents (or whole subtree) belong to the host system. */
const SENSITIVE = new Set(['/', '/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/lib64', '/proc', '/root', '/run', '/sbin', '/sys', '/usr', '/var', '/var/run', '/var/lib', '/var/log']);
/** Subtrees that are sensitive all the way down. */
const SENSITIVE_TREE = /^\/(proc|sys|boot|root|etc\/(ssh|sudoers(\.d)?|shadow|gshadow|passwd|group|kubernetes|docker|systemd|cron\.d|crontab|pam\.d|security)|var\/lib\/(docker|kubelet|containerd|rancher)|var\/spool\/cron|usr\/(bin|sbin|lib))(\/|$)/;
/** Host files commonly shared read-only and harmless: time zone and CA certificates. */
const HARMLESS = /^\/(etc\/(localtime|timezone|ssl\/certs|pki\/ca-trust|ca-certificates)|usr\/share\/(zoneinfo|ca-certificates))(\/|$)/;

export const rule = mountRule({
  id: 'DC011',
  title: 'Service mounts a sensitive host directory',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  references: ['kics:1c1325ff-831d-43a1-973e-839ae57dfcc0', 'cis-docker:5.6'],
}, {
  problem(mount) {
    const path = hostPathOf(mount);
    if (!path || !path.startsWith('/') || /(\.sock|^\/var\/run\/docker|^\/run\/(containerd|podman))$/.test(path) || HARMLESS.test(path)) return undefined;
    if (!SENSITIVE.has(path) && !SENSITIVE_TREE.test(path)) return undefined;
    return `host path \`${path}\` is mounted${mount.readOnly ? ' read-only' : ' writable'}: ${mount.readOnly ? 'the container can read host secrets and configuration from it' : 'the container can change the host system through it'}. Mount only the files it needs${mount.readOnly ? '' : ', read-only'}.`;
  },
});
