// One suppression grammar for Dockerfiles and YAML, written in a `#` comment:
//   # shipshape-ignore DF001[,K8S002 …] [-- reason]        the next line (or this line, as a trailing comment)
//   # shipshape-ignore-stage DF001[ …] [-- reason]         the Dockerfile stage the next line belongs to
//   # shipshape-ignore-document K8S001[ …] [-- reason]     the YAML document the next line belongs to
//   # shipshape-ignore-file DF001[ …] [-- reason]          the whole file
// Without ids, every rule is suppressed.
import type { Finding } from './types';

const DIRECTIVE = /#\s*shipshape-ignore(?:-(file|stage|document))?(?![\w-])([^\n\r]*)/g;

export type SuppressionScope = 'line' | 'block' | 'file';

export interface Suppression {
  /** The line the comment is on (0-based). */
  line: number;
  /** `block`: a Dockerfile stage or a YAML document, whichever the file has. */
  scope: SuppressionScope;
  /** Empty: all rules. */
  ruleIds: string[];
  reason?: string;
  /** Where the comment's directive is: from its `#` to the end of its line (offsets into the text). */
  start: number;
  end: number;
}

/** Line spans (0-based, inclusive) of the file's blocks: Dockerfile stages or YAML documents. */
export interface LineSpan { start: number; end: number }

export function parseSuppressions(text: string): Suppression[] {
  if (!text.includes('shipshape-ignore')) return [];
  const out: Suppression[] = [];
  let line = 0, scanned = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    scanned = m.index;
    const [idsPart, ...reasonParts] = m[2].split('--');
    const ruleIds = idsPart.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join('--').trim() || undefined;
    const scope: SuppressionScope = m[1] === 'file' ? 'file' : m[1] ? 'block' : 'line';
    out.push({ line, scope, ruleIds, reason, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The suppression that silences `finding`, if any. */
export function suppressionOf(finding: Finding, suppressions: Suppression[], blocks: readonly LineSpan[] = []): Suppression | undefined {
  const line = finding.range.start.line;
  return suppressions.find((s) => {
    if (s.ruleIds.length > 0 && !s.ruleIds.includes(finding.ruleId)) return false;
    if (s.scope === 'file') return true;
    if (s.scope === 'line') return s.line === line - 1 || s.line === line;
    const block = blocks.find((b) => b.start <= s.line + 1 && s.line + 1 <= b.end);
    return block !== undefined && block.start <= line && line <= block.end;
  });
}
