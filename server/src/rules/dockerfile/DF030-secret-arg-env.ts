// An ARG or ENV whose name says it holds a credential: build args are recorded in
// the image history and provenance, ENV values ship in the image config.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../rule';
import type { Fix, Reporter } from '../../engine/types';
import type { DockerfileModel } from '../../engine/dockerfile/model';
import { allInstructions, deleteWord, mentionsVariable, pairsOf, textOf, type Located, type Pair } from '../../engine/dockerfile/instructions';
import { hasVariable, isInertValue, isSecretName, isSettingValue } from './secrets';

export const rule: DockerfileRule = {
  id: 'DF030',
  title: 'Secret passed through ARG or ENV',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'secrets',
  fixable: true,
  references: ['hadolint:DL3064', 'buildkit:SecretsUsedInArgOrEnv', 'trivy:DS-0031', 'semgrep:secret-in-build-arg', 'cis-docker:4.10'],
  check(model, report) {
    for (const arg of model.ast.getInitialARGs()) checkPairs(model, arg, undefined, report);
    for (const l of allInstructions(model)) {
      if (l.keyword === 'ARG' || l.keyword === 'ENV') checkPairs(model, l.inst, l, report);
    }
  },
};

function checkPairs(model: DockerfileModel, inst: Instruction, l: Located | undefined, report: Reporter): void {
  const keyword = inst.getKeyword();
  const pairs = pairsOf(inst);
  for (const pair of pairs) {
    if (!isSecretName(pair.name)) continue;
    const value = pair.value ?? '';
    if (keyword === 'ENV') {
      if (isInertValue(value) && !hasVariable(value)) continue;
      report({
        range: pair.nameRange,
        message: `ENV \`${pair.name}\` looks like a secret: ENV values are stored in the image config, where anyone who pulls the image can read them. Pass it at run time, or use \`RUN --mount=type=secret\` for build steps.`,
      });
      continue;
    }
    if (isSettingValue(value)) continue;
    const fix = l && !l.onbuild ? secretMountFix(model, l, pair, pairs) : undefined;
    report({
      range: pair.nameRange,
      message: `ARG \`${pair.name}\` looks like a secret: build-arg values are recorded in the image history and build provenance. Use a secret mount (\`RUN --mount=type=secret,id=${pair.name},env=${pair.name}\`) and \`docker build --secret id=${pair.name}\`.`,
      fixes: fix ? [fix] : [],
    });
  }
}

/**
 * `ARG NAME` (no default) read only by later RUNs of its stage becomes a secret
 * mount on each of those RUNs. Any other use keeps the ARG: no fix.
 */
function secretMountFix(model: DockerfileModel, l: Located, pair: Pair, pairs: Pair[]): Fix | undefined {
  if (pair.value !== null && pair.value !== '') return undefined;
  const insts = l.stage.instructions;
  const at = insts.indexOf(l.inst);
  const runs: Instruction[] = [];
  for (const other of insts.slice(at + 1)) {
    const keyword = other.getKeyword();
    const body = textOf(model, other.getRange());
    if (keyword === 'ARG' && pairsOf(other).some((p) => p.name === pair.name)) return undefined;
    if (!mentionsVariable(body, pair.name)) continue;
    if (keyword !== 'RUN') return undefined;
    runs.push(other);
  }
  if (runs.length === 0) return undefined;
  const mount = ` --mount=type=secret,id=${pair.name},env=${pair.name}`;
  const edits = [
    deleteWord(model, l.inst, pair.range, pairs.map((p) => p.range)),
    ...runs.map((run) => ({ range: { start: run.getInstructionRange().end, end: run.getInstructionRange().end }, newText: mount })),
  ];
  return { title: `Use a secret mount for ${pair.name}`, edits };
}
