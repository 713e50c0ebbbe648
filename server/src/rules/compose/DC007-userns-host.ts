// `userns_mode: host`.
import { hostNamespaceRule } from './hostNamespace';

export const rule = hostNamespaceRule({
  id: 'DC007',
  title: 'Service shares the host user namespace',
  severity: 'warning',
  references: ['kics:8af7162d-6c98-482f-868e-0d33fb675ca8', 'cis-docker:5.31'],
}, ['userns_mode'], () => 'user namespace');
