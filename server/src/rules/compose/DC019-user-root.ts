// `user: root` or `user: "0"`: the service is told to run as root.
import { settingRule } from './setting';
import { verb } from './sites';

export const rule = settingRule({
  id: 'DC019',
  title: 'Service runs as root',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: [],
}, {
  keys: ['user'],
  bad: (v) => /^(root|0)(:.*)?$/.test(v.trim()),
  message: (who, _k, value, services) => `${who} ${verb(services, 'runs', 'run')} as root (\`user: ${value}\`): a process that breaks out of the application is root in the container, one kernel bug away from root on the host.`,
  fix: { title: 'Run as user 10001:10001 (the image must allow it)', replace: '"10001:10001"' },
});
