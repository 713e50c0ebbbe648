// Users and groups a stage creates with useradd/adduser/groupadd/addgroup, with
// their numeric ids when given. A light word scan of RUN text (heredocs included),
// enough to read the account commands; not a shell parser.
import type { Stage } from './model';

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

function commands(text: string): string[][] {
  return text.replace(/\\\r?\n/g, ' ').split(/&&|\|\||[;|\n]/).map((c) => c.trim().split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, '')).filter(Boolean));
}

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

function record(accounts: Accounts, words: string[]): void {
  const at = words.findIndex((w) => /(^|\/)(useradd|adduser|groupadd|addgroup)$/.test(w));
  if (at === -1) return;
  const cmd = words[at].slice(words[at].lastIndexOf('/') + 1);
  const rest = words.slice(at + 1);
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
export function accountsOf(stage: Stage): Accounts {
  const accounts: Accounts = { users: new Map(), groups: new Map() };
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.parent) chain.unshift(s);
  for (const s of chain) {
    for (const inst of s.instructions) {
      if (inst.getKeyword() !== 'RUN') continue;
      const text = inst.getArgumentsContent() ?? '';
      if (!/user|group/.test(text)) continue;
      for (const words of commands(text)) record(accounts, words);
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
