// `network_mode: host`, `pid: host`, ...: the container shares one of the host's namespaces.
import type { ComposeRule } from '../rule';
import { settingRule } from './setting';
import { verb } from './sites';

export function hostNamespaceRule(meta: Omit<ComposeRule, 'check' | 'kind' | 'fixable' | 'category'>, keys: string[], what: (key: string) => string): ComposeRule {
  return settingRule({ ...meta, category: 'isolation', fixable: true }, {
    keys,
    bad: (v) => v === 'host',
    message: (who, key, _v, services) => `${who} ${verb(services, 'shares', 'share')} the host's ${what(key)} (\`${key}: host\`): ${WHY[key]}`,
    fix: { title: 'Remove the host namespace setting' },
  });
}

const WHY: Record<string, string> = {
  network_mode: 'it can reach every host interface and localhost-only service, and bind any host port.',
  pid: 'it sees and can signal every host process, and with ptrace read their memory.',
  ipc: 'it can read and write the host\'s shared memory and IPC objects.',
  userns_mode: 'it opts out of user-namespace remapping, so root in the container is root on the host.',
  uts: 'it shares the host\'s hostname and domain name, and can change them.',
  cgroup: 'it sees the host\'s cgroup tree rather than its own.',
};
