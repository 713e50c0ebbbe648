// Package caches left in a final image: apt lists, apk cache, yum/dnf/zypper
// metadata, pip's wheel cache, yarn's cache.
import type { DockerfileRule } from '../rule';
import type { Fix } from '../../engine/types';
import type { DockerfileModel } from '../../engine/dockerfile/model';
import { stageVariables } from '../../engine/dockerfile/model';
import type { RunStep } from '../../engine/dockerfile/runs';
import { packageCallsOf } from '../../engine/dockerfile/invocations';
import { invocation } from '../../engine/dockerfile/commands';
import { displayName, family, hasCacheMount, isInstall, packageCall, type PackageCall } from '../../engine/dockerfile/packages';
import { appendToScript, insertAfter, wordRange } from '../../engine/dockerfile/shellEdit';

interface Cleanup {
  /** A cache mount target that makes clean-up unnecessary. */
  mount: RegExp;
  /** A command or word in the same RUN that cleans up. */
  cleaned(step: RunStep, call: PackageCall): boolean;
  advice: string;
  /** The fix edits the call itself (an option), so each call gets its own finding. */
  perCall?: boolean;
  fix(model: DockerfileModel, step: RunStep, call: PackageCall): Fix | undefined;
}

const words = (step: RunStep) => step.script.commands.flatMap((c) => c.words);
const removes = (step: RunStep, path: RegExp) => step.script.commands.some((c) => {
  const inv = invocation(c);
  return (inv.name === 'rm' || inv.name === 'find') && inv.argv.some((w) => path.test(w.text));
});
const runs = (step: RunStep, manager: RegExp, action: RegExp) => step.script.commands.some((c) => {
  const other = packageCall(invocation(c));
  return other !== undefined && manager.test(other.manager) && action.test(other.action);
});
const append = (title: string, command: string) => (model: DockerfileModel, step: RunStep): Fix | undefined => {
  const edit = appendToScript(model, step, command);
  return edit && { title, edits: [edit] };
};
const addOption = (option: string) => (model: DockerfileModel, _step: RunStep, call: PackageCall): Fix =>
  ({ title: `Add ${option}`, edits: [insertAfter(model, call.actionWord!, option)] });

const CLEANUP: Record<string, Cleanup> = {
  'apt-get': {
    mount: /\/var\/(lib|cache)\/apt/,
    cleaned: (step) => removes(step, /^\/var\/lib\/apt\/lists/) || runs(step, /^apt(-get)?$/, /^dist-clean$/),
    advice: 'remove /var/lib/apt/lists/* in the same RUN',
    fix: append('Remove the apt lists', 'rm -rf /var/lib/apt/lists/*'),
  },
  apk: {
    mount: /\/var\/cache\/apk|\/etc\/apk\/cache/,
    cleaned: (step, call) => call.options.some((o) => o.text === '--no-cache' || o.text === '--no-network') || removes(step, /^\/var\/cache\/apk/) || runs(step, /^apk$/, /^cache$/),
    advice: 'use `apk add --no-cache`',
    perCall: true,
    fix: addOption('--no-cache'),
  },
  yum: {
    mount: /\/var\/cache\/(yum|dnf|libdnf5)/,
    cleaned: (step) => runs(step, /^(yum|dnf|microdnf|tdnf)$/, /^clean$/) || removes(step, /^\/var\/cache\/(yum|dnf)/),
    advice: 'run `<manager> clean all` in the same RUN',
    fix: (model, step, call) => append('Clean the package cache', `${call.manager} clean all`)(model, step),
  },
  zypper: {
    mount: /\/var\/cache\/zypp/,
    cleaned: (step) => runs(step, /^zypper$/, /^(clean|cc)$/) || removes(step, /^\/var\/cache\/zypp/),
    advice: 'run `zypper clean --all` in the same RUN',
    fix: append('Clean the package cache', 'zypper clean --all'),
  },
  pip: {
    mount: /\.cache(\/pip)?(,|$)|\/pip/,
    cleaned: (step, call) => call.options.some((o) => o.text === '--no-cache-dir' || o.text === '--no-cache') || runs(step, /^pip$/, /^cache$/) || removes(step, /\.cache\/pip|\.cache\/?$/)
      || call.inv.command.assignments.some((a) => a.text.startsWith('PIP_NO_CACHE_DIR=')),
    advice: 'use `pip install --no-cache-dir`',
    perCall: true,
    fix: addOption('--no-cache-dir'),
  },
  yarn: {
    mount: /yarn/,
    cleaned: (step) => runs(step, /^yarn$/, /^cache$/) || words(step).some((w) => /yarn.*cache|\.yarn/.test(w.text) && w.text.includes('cache')),
    advice: 'run `yarn cache clean` in the same RUN',
    fix: append('Clean the yarn cache', 'yarn cache clean'),
  },
};

export const rule: DockerfileRule = {
  id: 'DF079',
  title: 'Package manager cache left in the image',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: [
    'hadolint:DL3009', 'hadolint:DL3019', 'hadolint:DL3032', 'hadolint:DL3040', 'hadolint:DL3036', 'hadolint:DL3042', 'hadolint:DL3060',
    'trivy:DS-0025', 'trivy:DS-0015', 'trivy:DS-0019', 'trivy:DS-0027', 'trivy:DS-0020',
    'semgrep:remove-package-lists', 'semgrep:remove-package-cache', 'semgrep:missing-apk-no-cache', 'semgrep:missing-yum-clean-all',
    'semgrep:missing-dnf-clean-all', 'semgrep:missing-zypper-clean', 'semgrep:missing-pip-no-cache-dir',
  ],
  check(model, report) {
    const pipEnv = new Map<RunStep['stage'], boolean>();
    const seen = new Map<RunStep, Set<string>>();
    for (const { step, call } of packageCallsOf(model)) {
      if (!step.stage.isFinal) continue;
      if (!(isInstall(call) || isBareYarn(call))) continue;
      const key = call.manager === 'yarn' ? 'yarn' : family(call.manager);
      const rule = CLEANUP[key];
      if (!rule || hasCacheMount(step, rule.mount) || rule.cleaned(step, call)) continue;
      if (key === 'pip') {
        if (!pipEnv.has(step.stage)) pipEnv.set(step.stage, stageVariables(step.stage, model.globalArgs).has('PIP_NO_CACHE_DIR'));
        if (pipEnv.get(step.stage)) continue;
      }
      // one finding per manager and RUN for the append-style clean-ups
      const done = seen.get(step) ?? new Set<string>();
      seen.set(step, done);
      if (!rule.perCall && done.has(key)) continue;
      done.add(key);
      const fix = rule.fix(model, step, call);
      report({
        range: wordRange(model, call.actionWord ?? call.inv.argv[0]),
        message: `\`${displayName(call)}${call.action ? ` ${call.action}` : ''}\` leaves its package cache in the image layer; ${rule.advice.replace('<manager>', call.manager)}, or use a \`--mount=type=cache\`.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

/** A bare `yarn` installs the project's dependencies; `yarn --version` or `yarn --help` only prints. */
function isBareYarn(call: PackageCall): boolean {
  return call.manager === 'yarn' && call.action === '' && !call.options.some((o) => /^(-v|--version|-h|--help)$/.test(o.text));
}
