// `cgroup_parent` moves the container out of Docker's cgroup.
import { settingRule } from './setting';
import { verb } from './sites';

export const rule = settingRule({
  id: 'DC028',
  title: 'Service sets a custom cgroup parent',
  severity: 'info',
  category: 'isolation',
  fixable: false,
  references: ['kics:4d9f44c6-2f4a-4317-9bb5-267adbea0232', 'cis-docker:5.25'],
}, {
  keys: ['cgroup_parent'],
  bad: (v) => v.trim() !== '',
  message: (who, _k, value, services) => `${who} ${verb(services, 'places', 'place')} the container under cgroup \`${value}\`, outside Docker's own: the limits and accounting of that cgroup apply instead. Make sure it is meant to.`,
});
