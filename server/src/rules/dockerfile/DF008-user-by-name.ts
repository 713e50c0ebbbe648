// The image's USER is a name: Kubernetes runAsNonRoot cannot verify a name and
// refuses to start the container unless runAsUser is also set.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../rule';
import { baseImageOf, stageFamily, type Stage } from '../../engine/dockerfile/model';
import { parseImageRef } from '../../engine/dockerfile/images';
import { accountsOf, numericUser } from '../../engine/dockerfile/accounts';
import { DISTROLESS_UID } from '../../engine/dockerfile/users';

/** Users that well-known base images ship, with their ids. */
function imageUser(stage: Stage, user: string): string | undefined {
  const image = baseImageOf(stage);
  if (image === undefined) return undefined;
  const family = stageFamily(stage);
  if (user === 'nonroot' && family === 'distroless') return `${DISTROLESS_UID}:${DISTROLESS_UID}`;
  const name = parseImageRef(image).path.replace(/^library\//, '');
  if (user === 'node' && name === 'node') return '1000:1000';
  // Debian's base-passwd has www-data 33; Alpine's 82. The PHP images use them.
  if (user === 'www-data' && (name === 'php' || name === 'debian' || name === 'ubuntu')) return family === 'busybox' ? '82:82' : '33:33';
  return undefined;
}

/** The USER instruction in effect at the end of a stage, following FROM <stage> links. */
function lastUser(stage: Stage): { inst: Instruction; stage: Stage } | undefined {
  for (let s: Stage | undefined = stage; s; s = s.parent) {
    const users = s.instructions.filter((i) => i.getKeyword() === 'USER');
    if (users.length) return { inst: users[users.length - 1], stage: s };
  }
  return undefined;
}

export const rule: DockerfileRule = {
  id: 'DF008',
  title: 'USER is a name, not a numeric UID',
  kind: 'dockerfile',
  severity: 'info',
  category: 'privilege',
  fixable: true,
  references: ['hadolint:DL3066'],
  check(model, report) {
    const seen = new Set<Instruction>();
    for (const stage of model.stages) {
      if (!stage.isFinal || stageFamily(stage) === 'windows') continue;
      const found = lastUser(stage);
      if (!found || seen.has(found.inst)) continue;
      seen.add(found.inst);
      const range = found.inst.getArgumentsRange();
      const value = (found.inst.getArgumentsContent() ?? '').trim();
      if (!range || !value || value.includes('$') || /\s/.test(value)) continue;
      const [user, group] = value.split(':');
      if (/^\d+$/.test(user) || user === 'root') continue;
      const numeric = numericUser(accountsOf(found.stage), user, group) ?? (group === undefined || group === user ? imageUser(found.stage, user) : undefined);
      report({
        range,
        message: `\`USER ${value}\` names the user; Kubernetes \`runAsNonRoot\` cannot verify a name and refuses to start the container. ${numeric ? `Use its numeric id \`${numeric}\`.` : 'Use the numeric UID:GID the user was created with.'}`,
        fixes: numeric ? [{ title: `Use \`USER ${numeric}\``, edits: [{ range, newText: numeric }] }] : [],
      });
    }
  },
};
