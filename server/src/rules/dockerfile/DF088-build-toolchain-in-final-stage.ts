// Compilers, build tools and -dev packages installed in the runtime stage of a
// multi-stage build, where a build stage could have used them instead.
import type { DockerfileRule } from '../rule';
import { shellSteps, type RunStep } from '../../engine/dockerfile/runs';
import { invocation } from '../../engine/dockerfile/commands';
import { displayName, family, isInstall, packageCall, type PackageCall } from '../../engine/dockerfile/packages';
import { wordRange } from '../../engine/dockerfile/shellEdit';
import { baseImageOf, type Stage } from '../../engine/dockerfile/model';
import { parseImageRef } from '../../engine/dockerfile/images';
import type { Word } from '../../engine/dockerfile/shell';

const TOOLCHAIN = /^(gcc|g\+\+|gcc-[\w.+-]+|g\+\+-[\w.+-]+|clang(-\d+)?|llvm(-\d+)?|make|cmake|ninja-build|build-essential|build-base|alpine-sdk|autoconf|automake|libtool|pkg-?config|pkgconf|git|golang|golang-go|go|rustc|cargo|maven|gradle|musl-dev|linux-headers|[\w.+-]+-(dev|devel))$/;
/** Base images that are build environments themselves: their final stage ships a toolchain on purpose. */
const SDK_IMAGE = /(^|\/)(buildpack-deps|gcc|golang|rust|maven|gradle|clojure|haskell|swift|sdk|[\w-]*(builder|devel|-sdk)[\w-]*)$/;
const SDK_TAG = /(^|-)(sdk|devel|builder|scm)(-|$)/;

/** Stages named as development, debug or test targets are meant to carry tools. */
const DEV_STAGE = /(^|[-_.])(dev|devel|development|dev-envs?|debug|test|tests|ci)([-_.]|$)/;

function shipsToolsOnPurpose(stage: Stage): boolean {
  if (stage.name && DEV_STAGE.test(stage.name)) return true;
  const image = baseImageOf(stage);
  if (image === undefined) return false;
  const ref = parseImageRef(image);
  return SDK_IMAGE.test(ref.path) || SDK_TAG.test(ref.tag ?? '');
}

const REMOVE = new Set(['remove', 'purge', 'autoremove', 'del', 'erase', 'rm', 'uninstall']);

/** Packages the stage removes again, apk virtual groups included; `*` when a whole auto-remove runs. */
function removedIn(steps: RunStep[]): Set<string> {
  const removed = new Set<string>();
  for (const step of steps) {
    for (const cmd of step.script.commands) {
      const inv = invocation(cmd);
      if (inv.name === 'apt-mark' && inv.argv[1]?.text === 'auto') removed.add('*');
      const call = packageCall(inv);
      if (!call || !REMOVE.has(call.action)) continue;
      for (const w of call.operands) removed.add(w.text);
      if (call.action === 'autoremove' || call.options.some((o) => o.text === '--auto-remove')) removed.add('*auto');
    }
  }
  if (removed.has('*auto') && removed.has('*')) return new Set(['*']);
  return removed;
}

function virtualName(call: PackageCall): string | undefined {
  const i = call.options.findIndex((o) => o.text === '--virtual' || o.text === '-t');
  if (i !== -1) return call.options[i + 1]?.text;
  return call.options.find((o) => o.text.startsWith('--virtual='))?.text.slice(10);
}

export const rule: DockerfileRule = {
  id: 'DF088',
  title: 'Build toolchain installed in the final stage',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: [],
  check(model, report) {
    if (model.stages.length < 2) return;
    const byStage = new Map<Stage, RunStep[]>();
    for (const step of shellSteps(model)) {
      if (!step.stage.isFinal || step.onbuild || shipsToolsOnPurpose(step.stage)) continue;
      byStage.set(step.stage, [...(byStage.get(step.stage) ?? []), step]);
    }
    for (const steps of byStage.values()) {
      const removed = removedIn(steps);
      if (removed.has('*')) continue;
      for (const step of steps) {
        for (const cmd of step.script.commands) {
          const call = packageCall(invocation(cmd));
          if (!call || !isInstall(call) || !['apt-get', 'apk', 'yum', 'zypper'].includes(family(call.manager))) continue;
          const group = virtualName(call);
          if (group && removed.has(group)) continue;
          const tools: Word[] = call.operands.filter((w) => !w.dynamic && TOOLCHAIN.test(w.text.replace(/[=<>~].*$/, '')) && !removed.has(w.text));
          if (!tools.length) continue;
          report({
            range: wordRange(model, tools[0]),
            message: `The runtime stage installs build tools (${tools.map((w) => `\`${w.text}\``).join(', ')}) with \`${displayName(call)}\`. Build in an earlier stage and copy only the result, or remove them in the same RUN.`,
          });
        }
      }
    }
  },
};
