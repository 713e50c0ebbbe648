// A package-index update in a RUN with no install: the cached index layer goes stale.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { displayName, family, packageCalls } from '../../engine/dockerfile/packages';
import { wordRange } from '../../engine/dockerfile/shellEdit';

/** Index refreshes, per tool family. */
const UPDATE: Record<string, Set<string>> = {
  'apt-get': new Set(['update']),
  apk: new Set(['update']),
  yum: new Set(['makecache']),
  zypper: new Set(['refresh', 'ref']),
};
const HOUSEKEEPING = new Set(['update', 'makecache', 'refresh', 'ref', 'clean', 'autoclean', 'cc']);

export const rule: DockerfileRule = {
  id: 'DF074',
  title: 'Package index updated in a RUN without an install',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: ['trivy:DS-0017', 'checkov:CKV_DOCKER_5', 'cis-docker:4.7'],
  check(model, report) {
    for (const step of shellSteps(model)) {
      const calls = packageCalls([step]);
      for (const { call } of calls) {
        const fam = family(call.manager);
        if (!UPDATE[fam]?.has(call.action)) continue;
        if (calls.some(({ call: other }) => family(other.manager) === fam && other.action && !HOUSEKEEPING.has(other.action))) continue;
        report({
          range: wordRange(model, call.actionWord!),
          message: `\`${displayName(call)} ${call.action}\` runs in a RUN without an install: the build cache keeps this layer, so a later RUN installs from a stale index. Update and install in the same RUN.`,
        });
      }
    }
  },
};
