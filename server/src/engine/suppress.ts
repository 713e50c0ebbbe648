// One suppression grammar for Dockerfiles and YAML, written in a `#` comment:
//   # shipshape-ignore DF001[,K8S002 …] [-- reason]        the next line (or this line, as a trailing comment)
//   # shipshape-ignore-file DF001[ …] [-- reason]          the whole file
// Without ids, every rule is suppressed.
import type { Finding } from './types';

const DIRECTIVE = /#\s*shipshape-ignore(-file)?\b([^\n\r]*)/g;

export interface Suppression {
  /** The line the comment is on (0-based). */
  line: number;
  wholeFile: boolean;
  /** Empty: all rules. */
  ruleIds: string[];
  reason?: string;
}

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
    out.push({ line, wholeFile: Boolean(m[1]), ruleIds, reason });
  }
  return out;
}

export function isSuppressed(finding: Finding, suppressions: Suppression[]): boolean {
  return suppressions.some((s) =>
    (s.ruleIds.length === 0 || s.ruleIds.includes(finding.ruleId)) &&
    (s.wholeFile || s.line === finding.range.start.line - 1 || s.line === finding.range.start.line));
}
