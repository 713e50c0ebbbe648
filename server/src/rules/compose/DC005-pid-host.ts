// `pid: host`.
import { hostNamespaceRule } from './hostNamespace';

export const rule = hostNamespaceRule({
  id: 'DC005',
  title: 'Service shares the host PID namespace',
  severity: 'warning',
  references: ['kics:4f31dd9f-2cc3-4751-9b53-67e4af83dac0', 'cis-docker:5.16'],
}, ['pid'], () => 'process namespace');
