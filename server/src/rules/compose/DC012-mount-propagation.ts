// A bind mount with shared propagation: mounts made in the container appear on the host.
import { mountRule } from './mountRule';

export const rule = mountRule({
  id: 'DC012',
  title: 'Bind mount propagates mounts to the host',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  references: ['kics:baa452f0-1f21-4a25-ace5-844e7a5f410d', 'cis-docker:5.20'],
}, {
  problem(mount) {
    if (mount.propagation !== 'shared' && mount.propagation !== 'rshared') return undefined;
    return `mount \`${mount.source ?? mount.target}\` uses \`${mount.propagation}\` propagation: mounts the container makes under it show up on the host (and in other containers). Use \`rslave\` if it only needs to see the host's mounts.`;
  },
});
