// Package signature checks switched off: apk --allow-untrusted, apt-get
// --allow-unauthenticated/--force-yes, yum/dnf/tdnf --nogpgcheck, rpm
// --nosignature/--nodigest/--noverify/--nofiledigest, zypper --no-gpg-checks.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { family, packageCall } from '../../engine/dockerfile/packages';
import { removeWord, wordRange } from '../../engine/dockerfile/shellEdit';
import type { Word } from '../../engine/dockerfile/shell';

/** Options that accept unsigned or tampered packages, per tool family. */
const UNSIGNED: Record<string, RegExp> = {
  apk: /^--allow-untrusted$/,
  'apt-get': /^(--allow-unauthenticated|--force-yes|--allow-insecure-repositories)$|^-o=?APT::Get::AllowUnauthenticated=(1|true|yes)$/i,
  yum: /^--nogpgcheck$|^--setopt=(.*\.)?gpgcheck=(0|false|no)$/i,
  zypper: /^--no-gpg-checks$/,
  rpm: /^--(nosignature|nodigest|noverify|nofiledigest)$/,
};

export const rule: DockerfileRule = {
  id: 'DF072',
  title: 'Package signature verification disabled',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: true,
  references: ['checkov:CKV2_DOCKER_7', 'checkov:CKV2_DOCKER_8', 'checkov:CKV2_DOCKER_9', 'checkov:CKV2_DOCKER_10', 'checkov:CKV2_DOCKER_11', 'cis-docker:4.11'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      for (const cmd of step.script.commands) {
        const inv = invocation(cmd);
        const call = packageCall(inv);
        const key = inv.name === 'rpm' ? 'rpm' : call ? family(call.manager) : '';
        const pattern = UNSIGNED[key];
        const words: Word[] = pattern ? inv.argv.slice(1).filter((w) => pattern.test(w.text)) : [];
        // `-o APT::Get::AllowUnauthenticated=true` as two words
        if (key === 'apt-get') {
          inv.argv.forEach((w, i) => {
            if (inv.argv[i - 1]?.text === '-o' && /^APT::Get::AllowUnauthenticated=(1|true|yes)$/i.test(w.text)) words.push(w);
          });
        }
        for (const w of words) {
          const standalone = w.text.startsWith('--');
          report({
            range: wordRange(model, w),
            message: `\`${inv.name} ${w.text}\` installs packages whose signatures are not checked, so a tampered mirror or download goes unnoticed. Import the repository key instead.`,
            fixes: standalone ? [{ title: `Remove ${w.text}`, edits: [removeWord(model, w)] }] : [],
          });
        }
        // gpgcheck=0 written into a .repo file (echo, sed, tee …)
        if (!call && inv.name !== 'rpm') {
          for (const w of inv.argv.slice(1)) {
            if (/(^|[\s'"])(repo_)?gpgcheck\s*=\s*(0|false|no)\b/i.test(w.text) || /\[trusted=yes\]/.test(w.text)) {
              report({
                range: wordRange(model, w),
                message: `\`${w.text.trim()}\` configures a package repository without signature checks, so a tampered mirror goes unnoticed. Import the repository key instead.`,
              });
            }
          }
        }
      }
    }
  },
};
