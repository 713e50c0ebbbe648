// Shared vocabulary of the engine: positions, edits, findings and rules.
// Positions are LSP-style: 0-based line and UTF-16 character.

export type FileKind = 'dockerfile' | 'compose' | 'kubernetes';
export const FILE_KINDS: readonly FileKind[] = ['dockerfile', 'compose', 'kubernetes'];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A configured level: a severity, or `off` to disable the rule. */
export type Level = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface TextEdit { range: Range; newText: string }
export interface Fix { title: string; edits: TextEdit[] }

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
}

export type Category = 'privilege' | 'capabilities' | 'isolation' | 'supply-chain' | 'secrets' | 'network' | 'hygiene' | 'internal';

export interface RuleMeta {
  /** Stable short id, prefixed by file kind: DF (Dockerfile), K8S (Kubernetes), DC (Compose). */
  id: string;
  title: string;
  kind: FileKind;
  /** Default level; `off` rules run only when enabled by config or --enable-all. */
  severity: Level;
  category: Category;
  fixable: boolean;
  /** The same check in other tools, e.g. `hadolint:DL3002`, `pss:restricted:runAsNonRoot`. */
  references: string[];
}

/** What a rule reports; the engine adds the id and the configured severity. */
export interface Report { range: Range; message: string; fixes?: Fix[] }
export type Reporter = (report: Report) => void;

export interface Rule<Model> extends RuleMeta {
  check(model: Model, report: Reporter): void;
}
