// `network_mode: host`.
import { hostNamespaceRule } from './hostNamespace';

export const rule = hostNamespaceRule({
  id: 'DC004',
  title: 'Service uses the host network',
  severity: 'warning',
  references: ['kics:071a71ff-f868-47a4-ac0b-3c59e4ab5443', 'cis-docker:5.10'],
}, ['network_mode'], () => 'network namespace');
