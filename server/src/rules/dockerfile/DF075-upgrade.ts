// Whole-system package upgrades in a build: results depend on the day of the build.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { displayName, family, packageCalls } from '../../engine/dockerfile/packages';
import { wordRange } from '../../engine/dockerfile/shellEdit';

const UPGRADE: Record<string, Set<string>> = {
  'apt-get': new Set(['upgrade', 'dist-upgrade', 'full-upgrade']),
  apk: new Set(['upgrade']),
  yum: new Set(['update', 'upgrade', 'distro-sync', 'upgrade-minimal']),
  zypper: new Set(['update', 'up', 'dist-upgrade', 'dup', 'patch']),
};

export const rule: DockerfileRule = {
  id: 'DF075',
  title: 'Whole-system package upgrade in RUN',
  kind: 'dockerfile',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: [
    'hadolint:DL3035', 'trivy:DS-0024', 'semgrep:avoid-apt-get-upgrade', 'semgrep:avoid-apk-upgrade',
    'semgrep:avoid-dnf-update', 'semgrep:avoid-yum-update', 'semgrep:avoid-zypper-update',
  ],
  check(model, report) {
    for (const { call } of packageCalls(shellSteps(model))) {
      if (!UPGRADE[family(call.manager)]?.has(call.action) || call.operands.length) continue;
      report({
        range: wordRange(model, call.actionWord!),
        message: `\`${displayName(call)} ${call.action}\` upgrades every package to whatever is current at build time, so two builds of this Dockerfile differ. Prefer a newer base image tag.`,
      });
    }
  },
};
