// Users and groups a stage creates with useradd/adduser/groupadd/addgroup, with
// their numeric ids when given, read from the RUN steps' shell commands.
import { stageChain, type DockerfileModel, type Stage } from './model';
import { shellSteps } from './runs';
import { invocation } from './commands';

export interface Accounts {
  /** login → uid and primary group (a name or a number), when known. */
  users: Map<string, { uid?: string; group?: string }>;
  /** group name → gid. */
  groups: Map<string, string>;
}

/** Options that take a value, per command family. */
const USERADD_VALUES = new Set(['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '-k', '--skel', '-K', '--key', '-e', '--expiredate', '-f', '--inactive', '-p', '--password', '-b', '--base-dir', '-R', '--root', '-P', '--prefix', '-Z', '--selinux-user']);
const BUSYBOX_VALUES = new Set(['-u', '-G', '-h', '-g', '-s', '-k']);
const DEBIAN_ADDUSER_VALUES = new Set(['--uid', '--gid', '--ingroup', '--home', '--shell', '--gecos', '--comment', '--firstuid', '--lastuid', '--add_extra_groups', '--conf']);

/** Parses `cmd [options] positional…`; `--opt=value` and `-u1001` forms included. */
function parseArgs(words: string[], takesValue: Set<string>): { opts: Map<string, string>; positional: string[] } {
  const opts = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.startsWith('-')) { positional.push(w); continue; }
    const eq = w.indexOf('=');
    if (w.startsWith('--') && eq > 0) { opts.set(w.slice(0, eq), w.slice(eq + 1)); continue; }
    if (takesValue.has(w)) { opts.set(w, words[++i] ?? ''); continue; }
    const short = w.slice(0, 2);
    if (!w.startsWith('--') && w.length > 2 && takesValue.has(short)) opts.set(short, w.slice(2));
    else opts.set(w, '');
  }
  return { opts, positional };
}

const ACCOUNT_COMMANDS = new Set(['useradd', 'adduser', 'groupadd', 'addgroup']);

function record(accounts: Accounts, cmd: string, rest: string[]): void {
  const debian = rest.some((w) => w.startsWith('--'));
  if (cmd === 'useradd') {
    const { opts, positional } = parseArgs(rest, USERADD_VALUES);
    const login = positional[positional.length - 1];
    if (login) accounts.users.set(login, { uid: opts.get('-u') ?? opts.get('--uid'), group: opts.get('-g') ?? opts.get('--gid') });
  } else if (cmd === 'adduser') {
    const { opts, positional } = parseArgs(rest, debian ? DEBIAN_ADDUSER_VALUES : BUSYBOX_VALUES);
    const [login, group] = positional;
    if (login) accounts.users.set(login, debian
      ? { uid: opts.get('--uid'), group: opts.get('--gid') ?? opts.get('--ingroup') ?? group }
      : { uid: opts.get('-u'), group: opts.get('-G') ?? group });
  } else {
    const { opts, positional } = parseArgs(rest, new Set(['-g', '--gid', '-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix']));
    const group = positional[positional.length - 1];
    const gid = opts.get('-g') ?? opts.get('--gid');
    if (group && gid) accounts.groups.set(group, gid);
  }
}

/** Accounts created by RUN in a stage and the stages it builds on. */
export function accountsOf(model: DockerfileModel, stage: Stage): Accounts {
  const accounts: Accounts = { users: new Map(), groups: new Map() };
  const chain = new Set(stageChain(stage));
  for (const step of shellSteps(model)) {
    if (!chain.has(step.stage) || step.onbuild) continue;
    for (const command of step.script.commands) {
      const inv = invocation(command);
      if (ACCOUNT_COMMANDS.has(inv.name)) record(accounts, inv.name, inv.argv.slice(1).map((w) => w.text));
    }
  }
  return accounts;
}

const NUMERIC = /^\d+$/;

/** The numeric `uid[:gid]` for `user[:group]`, or undefined when the uid is not known. */
export function numericUser(accounts: Accounts, user: string, group: string | undefined): string | undefined {
  const account = accounts.users.get(user);
  const uid = account?.uid;
  if (!uid || !NUMERIC.test(uid)) return undefined;
  const groupName = group ?? account.group;
  const gid = groupName === undefined ? undefined : NUMERIC.test(groupName) ? groupName : accounts.groups.get(groupName);
  if (gid && NUMERIC.test(gid)) return `${uid}:${gid}`;
  return group === undefined ? uid : `${uid}:${group}`;
}
