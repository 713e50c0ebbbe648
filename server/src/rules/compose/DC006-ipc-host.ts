// `ipc: host`.
import { hostNamespaceRule } from './hostNamespace';

export const rule = hostNamespaceRule({
  id: 'DC006',
  title: 'Service shares the host IPC namespace',
  severity: 'warning',
  references: ['kics:baa3890f-bed7-46f5-ab8f-1da8fc91c729', 'cis-docker:5.17'],
}, ['ipc'], () => 'IPC namespace');
