// Package installs that would stop at a confirmation prompt (apt-get, yum/dnf, zypper).
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { commandName, hasOption } from '../../engine/dockerfile/commands';
import { displayName, family, packageCalls, type PackageCall } from '../../engine/dockerfile/packages';
import { insertAfter, wordRange } from '../../engine/dockerfile/shellEdit';

const PROMPTING: Record<string, Set<string>> = {
  'apt-get': new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep']),
  yum: new Set(['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'remove', 'erase', 'autoremove', 'downgrade']),
  zypper: new Set(['install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si']),
};

function answersYes(call: PackageCall): boolean {
  const o = call.options;
  switch (family(call.manager)) {
    case 'apt-get':
      return o.some((w, i) => hasOption(w, 'y', '--yes', '--assume-yes') || /^-\w*q\w*q/.test(w.text) || w.text === '--quiet=2' || w.text === '-q=2'
        || (/Assume-Yes=(1|true|yes)$/i.test(w.text) && (o[i - 1]?.text === '-o' || w.text.startsWith('-o'))));
    case 'yum':
      return call.manager === 'microdnf' || o.some((w) => hasOption(w, 'y', '--assumeyes'));
    default:
      return o.some((w) => hasOption(w, 'y', '--no-confirm', '--non-interactive') || hasOption(w, 'n'));
  }
}

export const rule: DockerfileRule = {
  id: 'DF077',
  title: 'Package manager would wait for confirmation',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: true,
  references: [
    'hadolint:DL3014', 'hadolint:DL3030', 'hadolint:DL3034', 'hadolint:DL3038', 'trivy:DS-0021',
    'semgrep:missing-assume-yes-switch', 'semgrep:missing-yum-assume-yes-switch', 'semgrep:missing-zypper-no-confirm-switch', 'semgrep:missing-dnf-assume-yes-switch',
  ],
  check(model, report) {
    // an APT configuration written anywhere in the file may set Assume-Yes for every call
    const aptConfigured = model.text.includes('Assume-Yes');
    for (const { call } of packageCalls(shellSteps(model))) {
      const fam = family(call.manager);
      if (!PROMPTING[fam]?.has(call.action) || answersYes(call) || (fam === 'apt-get' && aptConfigured)) continue;
      const pipe = call.inv.command.pipeline.commands;
      if (pipe.indexOf(call.inv.command) > 0 && commandName(pipe[0].words[0]) === 'yes') continue;
      report({
        range: wordRange(model, call.actionWord!),
        message: `\`${displayName(call)} ${call.action}\` without \`-y\` asks for confirmation; a build has no one to answer, so it fails or hangs.`,
        fixes: [{ title: 'Add -y', edits: [insertAfter(model, call.actionWord!, '-y')] }],
      });
    }
  },
};
