// `.shipshape.yaml`: found by walking up from the checked file; layered over
// the editor's settings, so the editor and the CLI agree wherever the file speaks.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { CONFIGURABLE_IDS, mergeConfig, type ConfigResult } from '../engine';

export const CONFIG_FILE_NAMES = ['.shipshape.yaml', '.shipshape.yml'];

export function findConfigFile(startDir: string): string | undefined {
  for (let dir = startDir; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

interface Cached { mtimeMs: number; value: unknown; problem?: string }
const cache = new Map<string, Cached>();

/** The parsed config file (cached until it changes on disk). */
export function readConfigFile(path: string): { value: unknown; problem?: string } {
  let mtimeMs: number;
  try { mtimeMs = statSync(path).mtimeMs; } catch { return { value: undefined, problem: `${path}: cannot be read` }; }
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit;
  let entry: Cached;
  try {
    entry = { mtimeMs, value: parse(readFileSync(path, 'utf8'), { maxAliasCount: 50 }) ?? {} };
  } catch (error) {
    entry = { mtimeMs, value: undefined, problem: `${path}: not valid YAML (${(error as Error).message.split('\n')[0]}); using defaults` };
  }
  cache.set(path, entry);
  return entry;
}

export interface ConfigSources {
  /** Editor settings (lowest precedence after the defaults). */
  settings?: unknown;
  /** A config file named explicitly (CLI --config); otherwise one is searched for. */
  configFile?: string;
  /** Forces every rule on (CLI --enable-all). */
  enableAll?: boolean;
  /** Forces `allowSuppressions: false` (CLI --disallow-suppressions). */
  disallowSuppressions?: boolean;
}

/** The effective config for a file at `filePath` (undefined: not on disk), with every problem found on the way. */
export function configFor(filePath: string | undefined, sources: ConfigSources = {}): ConfigResult & { configFile?: string } {
  const configFile = sources.configFile ?? (filePath === undefined ? undefined : findConfigFile(dirname(filePath)));
  const layers: { source: string; value: unknown }[] = [{ source: 'settings', value: sources.settings }];
  const problems: string[] = [];
  if (configFile) {
    const { value, problem } = readConfigFile(configFile);
    if (problem) problems.push(problem);
    layers.push({ source: configFile, value });
  }
  if (sources.enableAll) layers.push({ source: '--enable-all', value: { enableAll: true } });
  if (sources.disallowSuppressions) layers.push({ source: '--disallow-suppressions', value: { allowSuppressions: false } });
  const result = mergeConfig(layers, CONFIGURABLE_IDS);
  return { config: result.config, problems: [...problems, ...result.problems], configFile };
}
