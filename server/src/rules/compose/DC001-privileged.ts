// A Compose service with `privileged: true`.
import { settingRule } from './setting';
import { verb } from './sites';

export const rule = settingRule({
  id: 'DC001',
  title: 'Service runs privileged',
  severity: 'error',
  category: 'privilege',
  fixable: true,
  references: ['kics:ae5b6871-7f45-42e0-bb4c-ab300c4d2026', 'semgrep:privileged-service', 'cis-docker:5.5'],
}, {
  keys: ['privileged'],
  bad: (v) => v === 'true',
  message: (who, _k, _v, services) => `${who} ${verb(services, 'runs', 'run')} privileged: the container gets every capability and all host devices, so a compromise of the container is a compromise of the host.`,
  fix: { title: 'Remove privileged: true', neutral: 'false' },
});
