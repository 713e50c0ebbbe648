// The working directory each instruction runs in, followed through the stage
// chain: an absolute path, or undefined when it depends on the base image or on
// a value the Dockerfile does not give.
import type { Instruction } from 'dockerfile-ast';
import { stageVariables, type DockerfileModel, type Stage } from '../../engine/dockerfile/model';
import { expandVariables } from '../../engine/dockerfile/variables';
import { stageChain } from '../../engine/dockerfile/model';

/** Joins and normalises POSIX paths (`.` and `..`). */
export function joinPath(base: string, rel: string): string {
  const parts: string[] = [];
  for (const part of `${rel.startsWith('/') ? '' : base}/${rel}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop(); else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The WORKDIR path as written, without surrounding quotes. */
export function workdirText(inst: Instruction): string {
  return (inst.getArgumentsContent() ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
}

export function expandIn(model: DockerfileModel, stage: Stage, inst: Instruction, raw: string): string | undefined {
  if (!raw.includes('$')) return raw;
  return expandVariables(raw, stageVariables(stage, model.globalArgs, inst.getRange().start.line), model.escape);
}

/** The absolute working directory just before `inst` in `stage`, when the Dockerfile sets it. */
export function workdirBefore(model: DockerfileModel, stage: Stage, inst: Instruction): string | undefined {
  let dir: string | undefined;
  for (const s of stageChain(stage).reverse()) {
    for (const i of s.instructions) {
      if (i === inst) return dir;
      if (i.getKeyword() !== 'WORKDIR') continue;
      const value = expandIn(model, s, i, workdirText(i));
      dir = value === undefined ? undefined : value.startsWith('/') ? joinPath('/', value) : dir && joinPath(dir, value);
    }
  }
  return dir;
}
