// Package-manager calls in RUN: which manager, which action, its options and
// the package operands, for apt-get/apt, apk, yum/dnf/microdnf/tdnf, zypper,
// pip, npm/yarn/pnpm, gem and go.
import { invocation, type Invocation } from './commands';
import type { RunStep } from './runs';
import type { Word } from './shell';

export type Manager = 'apt-get' | 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'tdnf' | 'zypper' | 'pip' | 'npm' | 'yarn' | 'pnpm' | 'gem' | 'go';

export interface PackageCall {
  manager: Manager;
  inv: Invocation;
  /** The sub-command (install, update, add, …), lower-cased; '' if none. */
  action: string;
  actionWord?: Word;
  /** Option words (and their values) anywhere after the program. */
  options: Word[];
  /** Non-option words after the action: package names, files, URLs. */
  operands: Word[];
}

/** Options that take a separate value word, per manager. */
const VALUED: Record<string, string> = {
  'apt-get': '-o -c -t --option --config-file --target-release --default-release',
  apk: '-X -t -p --repository --virtual --root --arch --cache-dir --keys-dir --repositories-file',
  yum: '-c -x -R --config --exclude --enablerepo --disablerepo --setopt --releasever --installroot --repo --repofrompath --downloaddir --destdir',
  zypper: '-r -t -R -D --repo --from --type --root --reposd-path --cache-dir --plus-repo',
  pip: '-r -c -i -f -t -e --requirement --constraint --index-url --extra-index-url --trusted-host --find-links --target --prefix --root --src --editable --platform --python-version --implementation --abi --progress-bar --cache-dir --log --timeout --retries --proxy --cert --client-cert --exists-action --no-binary --only-binary --upgrade-strategy --config-settings -C --global-option --root-user-action --report --python',
  npm: '-w --workspace --prefix --registry --cache --omit --include --tag --userconfig',
  gem: '-v -i -n -s -P --version --install-dir --bindir --source --trust-policy --platform',
  go: '-tags -ldflags -gcflags -mod -modfile -o -p',
};
const VALUED_SETS = new Map(Object.entries(VALUED).map(([k, v]) => [k, new Set(v.split(' '))]));
const FAMILY: Record<Manager, string> = {
  'apt-get': 'apt-get', apt: 'apt-get', apk: 'apk', yum: 'yum', dnf: 'yum', microdnf: 'yum', tdnf: 'yum',
  zypper: 'zypper', pip: 'pip', npm: 'npm', yarn: 'npm', pnpm: 'npm', gem: 'gem', go: 'go',
};
const MANAGERS = new Set(Object.keys(FAMILY));

/** The package-manager call a command makes, if any (through sudo/env, `python -m pip`, `pip3.12`). */
export function packageCall(inv: Invocation): PackageCall | undefined {
  let name = inv.name;
  let rest = inv.argv.slice(1);
  if (/^pip\d*(\.\d+)?$/.test(name)) name = 'pip';
  else if (/^python\d*(\.\d+)?$/.test(name)) {
    const m = rest.findIndex((w) => w.text === '-m');
    if (m === -1 || !/^pip\d*$/.test(rest[m + 1]?.text ?? '')) return undefined;
    name = 'pip';
    rest = rest.slice(m + 2);
  } else if (name === 'uv' && rest[0]?.text === 'pip') { name = 'pip'; rest = rest.slice(1); }
  if (!MANAGERS.has(name)) return undefined;
  const manager = name as Manager;
  const valued = VALUED_SETS.get(FAMILY[manager]) ?? new Set<string>();
  const options: Word[] = [];
  const operands: Word[] = [];
  let actionWord: Word | undefined;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    const t = w.text;
    if (t.startsWith('-') && t.length > 1 && !w.dynamic) {
      options.push(w);
      if (valued.has(t) && rest[i + 1]) options.push(rest[++i]);
      continue;
    }
    if (!actionWord) actionWord = w;
    else operands.push(w);
  }
  return { manager, inv, action: actionWord?.dynamic ? '' : (actionWord?.text.toLowerCase() ?? ''), actionWord, options, operands };
}

const INSTALL_ACTIONS: Record<string, Set<string>> = {
  'apt-get': new Set(['install']),
  apk: new Set(['add']),
  yum: new Set(['install', 'groupinstall', 'localinstall', 'reinstall']),
  zypper: new Set(['install', 'in']),
  pip: new Set(['install']),
  npm: new Set(['install', 'i', 'add', 'ci']),
  gem: new Set(['install']),
  go: new Set(['install', 'get']),
};

export function isInstall(call: PackageCall): boolean {
  return INSTALL_ACTIONS[FAMILY[call.manager]]?.has(call.action) ?? false;
}

/** Which tool family a manager belongs to: apt-get (apt), apk, yum (dnf, microdnf, tdnf), zypper, pip, npm (yarn, pnpm), gem, go. */
export function family(manager: Manager): string { return FAMILY[manager]; }

export interface StepCall { step: RunStep; call: PackageCall }

/** Every package-manager call of the given steps. */
export function packageCalls(steps: RunStep[]): StepCall[] {
  const out: StepCall[] = [];
  for (const step of steps) {
    for (const cmd of step.script.commands) {
      const call = packageCall(invocation(cmd));
      if (call) out.push({ step, call });
    }
  }
  return out;
}

/** The name to show in messages: `apt` is reported as the apt-get family it belongs to. */
export function displayName(call: PackageCall): string {
  return call.manager === 'apt' ? 'apt-get' : call.manager;
}

/** A `--mount=type=cache` of the step whose target looks like this tool's cache. */
export function hasCacheMount(step: RunStep, pattern: RegExp): boolean {
  return step.flags.some((f) => f.name === 'mount' && /(^|,)type=cache(,|$)/.test(f.value) && pattern.test(f.value));
}
