// Packages installed without a version: builds are not reproducible.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { displayName, family, isInstall, packageCalls, type PackageCall } from '../../engine/dockerfile/packages';
import { wordRange } from '../../engine/dockerfile/shellEdit';
import type { Word } from '../../engine/dockerfile/shell';

/** Operands that are files, URLs or paths, not registry packages. */
const LOCAL = /^(\.{0,2}\/|~|https?:|git\+|file:)|\.(deb|rpm|apk|whl|tar\.gz|tgz|zip|gem)$/;
const PINNED: Record<string, RegExp> = {
  'apt-get': /=/,
  apk: /[=~<>]/,
  yum: /-\d|[:=<>]/,
  zypper: /[=<>]|-\d/,
  pip: /[=<>~!@]/,
  npm: /^@?[^@]+@./,
  gem: /:/,
  go: /@(?!latest$)./,
};

export const rule: DockerfileRule = {
  id: 'DF076',
  title: 'Package installed without a pinned version',
  kind: 'dockerfile',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3008', 'hadolint:DL3013', 'hadolint:DL3016', 'hadolint:DL3018', 'hadolint:DL3028', 'hadolint:DL3033', 'hadolint:DL3037', 'hadolint:DL3041', 'hadolint:DL3062'],
  check(model, report) {
    for (const { call } of packageCalls(shellSteps(model))) {
      if (!isInstall(call) || call.action === 'ci') continue;
      for (const w of unpinned(call)) {
        report({
          range: wordRange(model, w),
          message: `\`${displayName(call)} ${call.action} ${w.text}\` takes whatever version is current at build time. Pin it (for example \`${example(call, w.text)}\`).`,
        });
      }
    }
  },
};

function unpinned(call: PackageCall): Word[] {
  const fam = family(call.manager);
  if (fam === 'gem' && call.options.some((o) => o.text === '-v' || o.text.startsWith('--version'))) return [];
  if (fam === 'pip' && call.options.some((o) => /^-(r|c|e)$|^--(requirement|constraint|editable)/.test(o.text)) && call.operands.length === 0) return [];
  return call.operands.filter((w) => {
    if (w.dynamic || !w.text || LOCAL.test(w.text)) return false;
    if (fam === 'yum' && w.text.startsWith('@')) return false; // package groups
    return !PINNED[fam].test(w.text);
  });
}

function example(call: PackageCall, name: string): string {
  switch (family(call.manager)) {
    case 'apt-get': case 'apk': case 'zypper': return `${name}=<version>`;
    case 'yum': return `${name}-<version>`;
    case 'pip': return `${name}==<version>`;
    case 'gem': return `${name}:<version>`;
    default: return `${name}@<version>`;
  }
}
