// Instruction keyword casing: the file's majority style, so inserted lines match it.
import { derived, type DockerfileModel } from './model';

export type KeywordCase = 'upper' | 'lower';

export const INSTRUCTIONS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR',
  'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);

/** Upper unless most instruction keywords in the file are written in lower case; computed once per model. */
export function instructionCase(model: DockerfileModel): KeywordCase {
  return derived(model, countCase);
}

function countCase(model: DockerfileModel): KeywordCase {
  let upper = 0, lower = 0;
  for (const inst of model.ast.getInstructions()) {
    if (!INSTRUCTIONS.has(inst.getKeyword())) continue;
    const word = inst.getInstruction();
    if (word === word.toUpperCase()) upper++;
    else if (word === word.toLowerCase()) lower++;
  }
  return lower > upper ? 'lower' : 'upper';
}

export function withCase(word: string, c: KeywordCase): string {
  return c === 'lower' ? word.toLowerCase() : word.toUpperCase();
}

/** Re-cases the leading keyword of each Dockerfile line (`RUN …`, `USER …`). */
export function casedLines(lines: string[], c: KeywordCase): string[] {
  return lines.map((line) => line.replace(/^[A-Za-z]+/, (w) => withCase(w, c)));
}
