// The .dockerignore of a Dockerfile's build context, found as BuildKit finds it:
// `<Dockerfile name>.dockerignore` beside the Dockerfile wins over `.dockerignore` in the
// context root. The context is taken to be the Dockerfile's directory (the usual
// `docker build .`); a build run from elsewhere is not known here.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

interface Cached { mtimeMs: number; text: string }
const cache = new Map<string, Cached>();

/** The candidates, first match wins. */
export function dockerignoreCandidates(dockerfilePath: string): string[] {
  const dir = dirname(dockerfilePath);
  return [join(dir, `${basename(dockerfilePath)}.dockerignore`), join(dir, '.dockerignore')];
}

/**
 * The .dockerignore text for the Dockerfile at `dockerfilePath` (cached until it changes);
 * null when there is none; undefined when the file is not on disk or cannot be read.
 */
export function dockerignoreFor(dockerfilePath: string | undefined): string | null | undefined {
  if (dockerfilePath === undefined) return undefined;
  for (const file of dockerignoreCandidates(dockerfilePath)) {
    let mtimeMs: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      mtimeMs = stat.mtimeMs;
    } catch { continue; }
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.text;
    try {
      const text = readFileSync(file, 'utf8');
      cache.set(file, { mtimeMs, text });
      return text;
    } catch { return undefined; }
  }
  return null;
}
