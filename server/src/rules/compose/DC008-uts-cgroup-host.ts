// `uts: host` and `cgroup: host`.
import { hostNamespaceRule } from './hostNamespace';

export const rule = hostNamespaceRule({
  id: 'DC008',
  title: 'Service shares the host UTS or cgroup namespace',
  severity: 'warning',
  references: ['cis-docker:5.21'],
}, ['uts', 'cgroup'], (key) => key === 'uts' ? 'UTS namespace' : 'cgroup namespace');
