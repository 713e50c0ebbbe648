// Minimal Dockerfile edits.
import type { TextEdit } from '../types';
import type { DockerfileModel, Stage } from './model';

/** Instructions that only describe how the image runs; new build steps go before them. */
const RUNTIME_CONFIG = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK', 'STOPSIGNAL', 'LABEL', 'VOLUME']);

/**
 * Inserts `lines` into a stage after its last build step: before the trailing
 * CMD/ENTRYPOINT/EXPOSE/… block and the comments above it, or at the stage's end.
 */
export function insertBeforeRuntimeConfig(model: DockerfileModel, stage: Stage, lines: string[]): TextEdit {
  const { lines: index } = model;
  const eol = index.eol;
  const insts = stage.instructions;
  let first = insts.length;
  while (first > 0 && RUNTIME_CONFIG.has(insts[first - 1].getKeyword())) first--;
  if (first < insts.length) {
    let line = insts[first].getRange().start.line;
    const floor = first > 0 ? insts[first - 1].getRange().end.line : stage.from.getRange().end.line;
    while (line - 1 > floor && /^\s*#/.test(index.lineText(line - 1))) line--;
    const at = index.lineStart(line);
    return { range: index.range(at, at), newText: lines.join(eol) + eol };
  }
  const last = insts.length ? insts[insts.length - 1] : stage.from;
  const at = index.lineEnd(last.getRange().end.line);
  return { range: index.range(at, at), newText: eol + lines.join(eol) };
}
