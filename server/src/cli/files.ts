// Which files a scan looks at: the given files, and the files under given
// directories whose names say Dockerfile or YAML.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kindFromName } from '../engine/detect';

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Every path must exist; the check runs before any output. */
export function missingPaths(paths: string[]): string[] {
  return paths.filter((p) => !existsSync(p));
}

export function* filesToScan(paths: string[]): Generator<string> {
  for (const path of paths) {
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

function* walk(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) { if (!SKIPPED_DIRS.has(entry.name)) yield* walk(full); }
    else if (entry.isFile() && kindFromName(entry.name) !== undefined) yield full;
  }
}
