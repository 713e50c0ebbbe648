// A credential-file variable (GOOGLE_APPLICATION_CREDENTIALS, KUBECONFIG, …) points
// at a file the image itself copies in: the credential ships with the image.
import type { DockerfileRule } from '../rule';
import { stageVariables, type DockerfileModel } from '../../engine/dockerfile/model';
import { expandVariables } from '../../engine/dockerfile/variables';
import { allInstructions, copyPaths, pairsOf, type Located } from '../../engine/dockerfile/instructions';
import { CREDENTIAL_FILE_VARS } from './secrets';
import { stageChain } from '../../engine/dockerfile/model';

export const rule: DockerfileRule = {
  id: 'DF031',
  title: 'Credential file copied into the image',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'secrets',
  fixable: false,
  references: ['trivy:DS-0031'],
  check(model, report) {
    const all = allInstructions(model);
    if (!all.some(mentionsCredentialVar)) return;
    for (const stage of model.stages) {
      if (!stage.isFinal) continue;
      const own = all.filter((l) => stageChain(stage).includes(l.stage) && !l.onbuild);
      const dests = own.filter((l) => l.keyword === 'COPY' || l.keyword === 'ADD').map((l) => destOf(model, l)).filter((d): d is string => d !== undefined);
      for (const l of own) {
        if (l.keyword === 'COPY' || l.keyword === 'ADD') {
          const dest = copyPaths(l.inst).dest;
          const m = dest && /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(dest.value);
          if (dest && m && CREDENTIAL_FILE_VARS.has(m[1]) && destOf(model, l) === undefined) {
            report({ range: dest.range, message: `This copies a file to \`${m[1]}\`, the credential file tools read: the credential ships with the image. Mount it at run time (a volume or a secret) instead.` });
          }
          continue;
        }
        if (l.keyword !== 'ENV' && l.keyword !== 'ARG') continue;
        for (const pair of pairsOf(l.inst)) {
          if (!CREDENTIAL_FILE_VARS.has(pair.name) || !pair.value) continue;
          const path = expandVariables(pair.value, stageVariables(l.stage, model.globalArgs, l.inst.getRange().start.line), model.escape);
          if (path === undefined || !dests.some((d) => covers(d, path))) continue;
          report({
            range: pair.valueRange ?? pair.nameRange,
            message: `\`${pair.name}\` points at \`${path}\`, which this image copies in: the credential ships with the image. Mount the file at run time (a volume or a secret) instead.`,
          });
        }
      }
    }
  },
};

function mentionsCredentialVar(l: Located): boolean {
  if (l.keyword === 'ENV' || l.keyword === 'ARG') return pairsOf(l.inst).some((p) => CREDENTIAL_FILE_VARS.has(p.name));
  return (l.keyword === 'COPY' || l.keyword === 'ADD') && (copyPaths(l.inst).dest?.value.includes('$') ?? false);
}

function destOf(model: DockerfileModel, l: Located): string | undefined {
  const dest = copyPaths(l.inst).dest;
  if (!dest) return undefined;
  return expandVariables(dest.value, stageVariables(l.stage, model.globalArgs, l.inst.getRange().start.line), model.escape);
}

function normal(path: string): string { return path.replace(/^\.\//, '').replace(/\/+$/, ''); }

/** A COPY destination `dest` holds `path`: the same path, or a directory above it. */
function covers(dest: string, path: string): boolean {
  const d = normal(dest), p = normal(path);
  return d === p || (d === '' ? p.startsWith('/') : p.startsWith(`${d}/`));
}
