// What an ADD source is: a remote URL, a git repository, a local archive ADD
// unpacks, a heredoc, or a plain local path. Variables are expanded first.
import { stageVariables, type DockerfileModel } from '../../engine/dockerfile/model';
import { expandVariables } from '../../engine/dockerfile/variables';
import { allInstructions, copyPaths, flag, isHeredocWord, type Located, type Word } from '../../engine/dockerfile/instructions';

export type SourceKind = 'url' | 'git' | 'archive' | 'heredoc' | 'local' | 'unknown';
export interface AddSource { word: Word; value?: string; kind: SourceKind }

const ARCHIVE = /\.(tar|tgz|taz|tbz2?|tb2|txz|tzst|tlz|gz|bz2|xz|zst|lz|lzma|z)$/i;

export function sourceKind(value: string): SourceKind {
  if (isHeredocWord(value)) return 'heredoc';
  if (/^(git@|git:\/\/|ssh:\/\/)/.test(value) || /^https?:\/\/[^#?]+\.git(#|$)/i.test(value)) return 'git';
  if (/^https?:\/\//i.test(value)) return 'url';
  if (ARCHIVE.test(value) || /[*?[]/.test(value)) return 'archive'; // globs may match archives
  return 'local';
}

export function addSources(model: DockerfileModel, l: Located): AddSource[] {
  const sources = copyPaths(l.inst).sources;
  if (sources.length === 0) return [];
  const needsVars = sources.some((s) => s.value.includes('$'));
  const vars = needsVars ? stageVariables(l.stage, model.globalArgs, l.inst.getRange().start.line) : undefined;
  return sources.map((word) => {
    const value = vars ? expandVariables(word.value, vars, model.escape) : word.value;
    return { word, value, kind: value === undefined ? 'unknown' : sourceKind(value) };
  });
}

/** The sources of one kind in ADD instructions that carry no `--checksum`. */
export function uncheckedSources(model: DockerfileModel, kind: 'url' | 'git'): AddSource[] {
  return allInstructions(model)
    .filter((l) => l.keyword === 'ADD' && !flag(l.inst, 'checksum'))
    .flatMap((l) => addSources(model, l).filter((s) => s.kind === kind));
}
