import type { Level } from './types';

export type PodSecurityLevel = 'baseline' | 'restricted';

/** The settings the engine honours; one shape for VS Code settings and `.shipshape.yaml`. */
export interface Config {
  /** Per-rule level overrides by rule id: error | warning | info | hint | off. */
  rules: Record<string, Level>;
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  kubernetes: { podSecurityLevel: PodSecurityLevel };
  /** Turn every rule on; rules that are off by default report at `info`. */
  enableAll: boolean;
  /** `false`: `shipshape-ignore` comments silence nothing (a central CI policy). */
  allowSuppressions: boolean;
}

export const DEFAULT_CONFIG: Config = {
  rules: {},
  maxFileSize: 1024 * 1024,
  kubernetes: { podSecurityLevel: 'restricted' },
  enableAll: false,
  allowSuppressions: true,
};

export interface ConfigResult { config: Config; problems: string[] }

const LEVELS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/**
 * Layers partial configs (later wins) over the defaults. Anything invalid is
 * reported in `problems` and ignored, so a typo never silences the linter.
 */
export function mergeConfig(layers: { source: string; value: unknown }[], knownRuleIds?: ReadonlySet<string>): ConfigResult {
  const config: Config = { ...DEFAULT_CONFIG, rules: {}, kubernetes: { ...DEFAULT_CONFIG.kubernetes } };
  const problems: string[] = [];
  for (const { source, value } of layers) {
    if (value === undefined || value === null) continue;
    const bad = (what: string) => problems.push(`${source}: ${what}`);
    if (!isRecord(value)) { bad('expected a mapping of settings'); continue; }
    for (const [key, v] of Object.entries(value)) {
      switch (key) {
        case 'rules':
          if (!isRecord(v)) { bad('`rules` must map rule ids to error|warning|info|hint|off'); break; }
          for (const [id, level] of Object.entries(v)) {
            if (knownRuleIds && !knownRuleIds.has(id)) bad(`unknown rule id \`${id}\``);
            else if (typeof level !== 'string' || !LEVELS.has(level)) bad(`rule \`${id}\`: \`${String(level)}\` is not one of error|warning|info|hint|off`);
            else config.rules[id] = level as Level;
          }
          break;
        case 'maxFileSize':
          if (typeof v === 'number' && v > 0) config.maxFileSize = v;
          else bad('`maxFileSize` must be a positive number of bytes');
          break;
        case 'kubernetes':
          if (isRecord(v) && (v.podSecurityLevel === 'baseline' || v.podSecurityLevel === 'restricted')) {
            config.kubernetes.podSecurityLevel = v.podSecurityLevel;
          } else if (isRecord(v) && v.podSecurityLevel === undefined) {
            // nothing set
          } else bad('`kubernetes.podSecurityLevel` must be baseline or restricted');
          break;
        case 'enableAll':
        case 'allowSuppressions':
          if (typeof v === 'boolean') config[key] = v; else bad(`\`${key}\` must be true or false`);
          break;
        default:
          bad(`unknown setting \`${key}\``);
      }
    }
  }
  return { config, problems };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
