// What COPY/ADD take from the build context: sources without --from, heredocs, URLs or git
// remotes, as paths relative to the context root. ONBUILD triggers are left out: they run in
// a later build, with that build's context and .dockerignore.
import { stageVariables, type DockerfileModel, type Stage } from '../../engine/dockerfile/model';
import { expandVariables } from '../../engine/dockerfile/variables';
import { cleanPath } from '../../engine/dockerfile/dockerignore';
import { allInstructions, copyPaths, flag, isHeredocWord, type Located, type Word } from '../../engine/dockerfile/instructions';
import { stageChain } from '../../engine/dockerfile/model';

export interface ContextSource {
  word: Word;
  /** Cleaned, relative to the context root: `.` is the whole context. */
  path: string;
}

export interface ContextCopy { l: Located; sources: ContextSource[] }

/** Every COPY/ADD with the sources it reads from the build context (those it can resolve). */
export function contextCopies(model: DockerfileModel): ContextCopy[] {
  const out: ContextCopy[] = [];
  for (const l of allInstructions(model)) {
    if ((l.keyword !== 'COPY' && l.keyword !== 'ADD') || l.onbuild || flag(l.inst, 'from')) continue;
    const sources: ContextSource[] = [];
    for (const word of copyPaths(l.inst).sources) {
      const path = contextPath(model, l, word.value);
      if (path !== undefined) sources.push({ word, path });
    }
    if (sources.length) out.push({ l, sources });
  }
  return out;
}

function contextPath(model: DockerfileModel, l: Located, value: string): string | undefined {
  if (isHeredocWord(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+@[\w.-]+:/.test(value)) return undefined;
  const expanded = value.includes('$') ? expandVariables(value, stageVariables(l.stage, model.globalArgs, l.inst.getRange().start.line), model.escape) : value;
  if (expanded === undefined || expanded === '') return undefined;
  const clean = cleanPath(expanded);
  const path = clean.startsWith('/') ? clean.slice(1) || '.' : clean;
  return path === '..' || path.startsWith('../') ? undefined : path;
}

/** `COPY .`, `COPY ./`, `COPY *`, `COPY /`: the whole build context. */
export function isWholeContext(path: string): boolean { return path === '.' || path === '*'; }

/** The stage's files end up in an image: it is final, or a final stage is built FROM it. */
export function inImage(model: DockerfileModel, stage: Stage): boolean {
  return model.stages.some((s) => s.isFinal && stageChain(s).includes(stage));
}
