// `network_mode: service:db`, `pid: container:x`, ...: one service joins another's namespace.
import { settingRule } from './setting';
import { verb } from './sites';

const WHAT: Record<string, string> = { network_mode: 'network', pid: 'process', ipc: 'IPC' };

export const rule = settingRule({
  id: 'DC009',
  title: 'Service joins another container\'s namespace',
  severity: 'info',
  category: 'isolation',
  fixable: false,
  references: [],
}, {
  keys: ['network_mode', 'pid', 'ipc'],
  bad: (v) => /^(service|container):./.test(v),
  message: (who, key, value, services) => `${who} ${verb(services, 'joins', 'join')} the ${WHAT[key]} namespace of ${value.startsWith('service:') ? 'service' : 'container'} \`${value.replace(/^\w+:/, '')}\` (\`${key}: ${value}\`): a compromise of one reaches the other. Make sure that is intended (sidecars, VPN gateways).`,
});
