// The engine: text in, findings (with fixes) out. The engine, not the rules,
// applies configuration, suppressions, the size cap and error isolation.
import type { FileKind, Finding, Fix, Level, Report, Severity } from './types';
import { DEFAULT_CONFIG, type Config } from './config';
import { kindFromName, type NameHint } from './detect';
import { parseSuppressions, suppressionOf, type LineSpan } from './suppress';
import { unusedSuppressions, UNUSED_SUPPRESSION_ID, type SuppressionUse } from './unusedSuppressions';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model';
import { isTemplate, parseYaml, type YamlFile } from './yaml/document';
import { buildKubernetesModel, hasKubernetesObject } from './kubernetes/model';
import { buildComposeModel, looksLikeCompose } from './compose/model';
import { RULES } from '../rules';
import type { AnyRule } from '../rules/rule';

export interface AnalyzeOptions {
  /** File path or URI path; its name decides the kind when it is telling. */
  path: string;
  /** The editor's language id, if any (dockerfile, dockercompose, yaml). */
  languageId?: string;
  config?: Config;
  /** The rules to run (default: the registry). */
  rules?: readonly AnyRule[];
  /**
   * The file is a partial object, e.g. a patch listed in a `kustomization.yaml`
   * beside it (the caller reads that file): no findings about missing fields.
   */
  partial?: boolean;
  /**
   * For a Dockerfile, the text of its build context's .dockerignore (the caller reads it);
   * null: the context has none; undefined: unknown (no file system), and the rules that
   * need it stay silent.
   */
  dockerignore?: string | null;
}

export interface AnalysisResult {
  /** Undefined when the file is none of ours. */
  kind?: FileKind;
  findings: Finding[];
  /** Why the file was not analysed at all (size, binary, template). */
  skipped?: string;
  /** Things the user may want to know, e.g. a YAML document that does not parse. */
  notes: string[];
  /** Findings silenced by a `shipshape-ignore` comment, kept for audit (CLI JSON and SARIF). */
  suppressed?: SuppressedFinding[];
}

export interface SuppressedFinding extends Finding { suppression: { scope: 'line' | 'block' | 'file'; reason?: string } }

export const INTERNAL_ERROR_ID = 'internal-error';

export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const hint = kindFromName(options.path, options.languageId);
  if (hint === undefined) return { findings: [], notes: [] };
  // A UTF-16 unit is at most 3 UTF-8 bytes: count them only when the text could be over the limit.
  const size = text.length * 3 > config.maxFileSize ? utf8Length(text) : text.length;
  if (size > config.maxFileSize) return skip(`file is ${size} bytes, over the ${config.maxFileSize}-byte limit (setting maxFileSize)`);
  if (text.slice(0, 8192).includes('\u0000')) return skip('binary file');

  const rules = options.rules ?? RULES;
  try {
    return analyzeKnown(text, hint, config, rules, options);
  } catch (error) {
    return skip(`could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

function analyzeKnown(text: string, hint: Exclude<NameHint, undefined>, config: Config, rules: readonly AnyRule[], options: AnalyzeOptions): AnalysisResult {
  if (hint === 'dockerfile') {
    const model = parseDockerfile(text, options.dockerignore);
    return run(rules, 'dockerfile', model, text, config, [], stageSpans(model));
  }
  const yaml = parseYaml(text);
  if (isTemplate(yaml)) return skip('template file (Helm/Go template): it is not YAML until rendered');
  const kind: FileKind | undefined = hint === 'compose' ? 'compose'
    : hasKubernetesObject(yaml) ? 'kubernetes'
    : looksLikeCompose(yaml) ? 'compose'
    : undefined;
  if (kind === undefined) return { findings: [], notes: [] };
  const model = kind === 'compose' ? buildComposeModel(yaml) : buildKubernetesModel(yaml, { partial: options.partial ?? false });
  return run(rules, kind, model, text, config, yaml.problems, documentSpans(yaml));
}

/** Each stage from its FROM to the line before the next FROM. */
function stageSpans(model: DockerfileModel): LineSpan[] {
  const starts = model.stages.map((s) => s.from.getRange().start.line);
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] - 1 : model.lines.lineCount - 1 }));
}

/** Each document from the end of the one before (its `---` and leading comments) to its own end. */
function documentSpans(yaml: YamlFile): LineSpan[] {
  let start = 0;
  return yaml.documents.map((doc, i) => {
    const last = i === yaml.documents.length - 1;
    const end = last ? yaml.lines.lineCount - 1 : yaml.lines.position(doc.range[2]).line;
    const span = { start, end };
    start = end + 1;
    return span;
  });
}

function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1; }
  return n;
}

function skip(reason: string): AnalysisResult { return { findings: [], skipped: reason, notes: [] }; }

function run(rules: readonly AnyRule[], kind: FileKind, model: unknown, text: string, config: Config, notes: string[], blocks: LineSpan[]): AnalysisResult {
  const suppressions = config.allowSuppressions ? parseSuppressions(text) : [];
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const use: SuppressionUse = { silenced: new Map(), ran: new Set(), known: new Set(suppressions.length ? rules.map((r) => r.id) : []) };
  for (const rule of rules) {
    if (rule.kind !== kind) continue;
    const level = levelOf(rule, config);
    if (level === 'off') continue;
    const reported: Finding[] = [];
    const report = (r: Report) => reported.push({ ruleId: rule.id, severity: level, message: r.message, range: r.range, fixes: offered(r.fixes) });
    try {
      (rule.check as (m: unknown, r: (x: Report) => void) => void)(model, report);
    } catch (error) {
      findings.push(internalError(rule, error));
      continue;
    }
    if (suppressions.length === 0) { for (const f of reported) findings.push(f); continue; }
    use.ran.add(rule.id); // a rule that failed is not judged
    for (const f of reported) {
      const by = suppressionOf(f, suppressions, blocks);
      if (!by) { findings.push(f); continue; }
      suppressed.push({ ...f, suppression: { scope: by.scope, ...(by.reason ? { reason: by.reason } : {}) } });
      const silenced = use.silenced.get(by) ?? new Set<string>();
      use.silenced.set(by, silenced.add(f.ruleId));
    }
  }
  findings.push(...unusedSuppressions(text, suppressions, use, config.rules[UNUSED_SUPPRESSION_ID] ?? 'hint'));
  findings.sort(byPosition);
  return { kind, findings, notes, ...(suppressed.length ? { suppressed: suppressed.sort(byPosition) } : {}) };
}

/** A fix with nothing to edit is not offered. */
function offered(fixes: Fix[] | undefined): Fix[] {
  if (!fixes || fixes.length === 0) return [];
  return fixes.every((fix) => fix.edits.length > 0) ? fixes : fixes.filter((fix) => fix.edits.length > 0);
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId);
}

/** The level a rule reports at under `config`. */
export function levelOf(rule: AnyRule, config: Config): Level {
  const configured = config.rules[rule.id];
  if (configured) return configured;
  let level = rule.severity;
  if (rule.kind === 'kubernetes' && rule.podSecurityLevel === 'restricted' && config.kubernetes.podSecurityLevel === 'baseline') level = 'off';
  if (level === 'off' && config.enableAll) return 'info';
  return level;
}

function internalError(rule: AnyRule, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  const severity: Severity = 'info';
  return {
    ruleId: INTERNAL_ERROR_ID,
    severity,
    message: `Rule ${rule.id} failed on this file and was skipped (${detail}). The other rules still ran; please report this.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [],
  };
}
