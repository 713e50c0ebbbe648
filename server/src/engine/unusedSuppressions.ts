// `shipshape-ignore` comments that silence nothing: the finding they were written for is gone, or
// the id is mistyped. Left in place, they would hide the next finding there. Reported by the engine
// (not a rule) at a hint, with a fix that deletes the comment when none of it is in use.
import type { Finding, Level, TextEdit } from './types';
import type { Suppression } from './suppress';
import { LineIndex } from './text';

export const UNUSED_SUPPRESSION_ID = 'unused-suppression';

export interface SuppressionUse {
  /** The rule ids each suppression silenced in this file. */
  silenced: Map<Suppression, Set<string>>;
  /** Rule ids of this file's kind that ran to the end. */
  ran: Set<string>;
  /** Every rule id there is. */
  known: Set<string>;
}

export function unusedSuppressions(text: string, suppressions: Suppression[], use: SuppressionUse, level: Level): Finding[] {
  if (level === 'off' || suppressions.length === 0) return [];
  let lines: LineIndex | undefined;
  const out: Finding[] = [];
  for (const s of suppressions) {
    const silenced = use.silenced.get(s) ?? new Set<string>();
    const unknown = s.ruleIds.filter((id) => !use.known.has(id));
    // Ids of rules that did not run here (off, or for another kind of file) are not judged.
    const idle = s.ruleIds.filter((id) => use.ran.has(id) && !silenced.has(id));
    const nothing = s.ruleIds.length === 0 && silenced.size === 0;
    if (!nothing && unknown.length === 0 && idle.length === 0) continue;
    lines ??= new LineIndex(text);
    const whole = nothing || unknown.length + idle.length === s.ruleIds.length;
    out.push({
      ruleId: UNUSED_SUPPRESSION_ID, severity: level,
      message: describe(nothing, unknown, idle),
      range: lines.range(s.start, s.end),
      fixes: whole ? [{ title: 'Remove this shipshape-ignore comment', edits: [removal(text, lines, s)] }] : [],
    });
  }
  return out;
}

function describe(nothing: boolean, unknown: string[], idle: string[]): string {
  const ids = (list: string[]) => list.map((id) => `\`${id}\``).join(', ');
  const parts = [
    ...nothing ? ['it silences nothing: no finding is reported where it applies'] : [],
    ...unknown.length ? [`${ids(unknown)} ${unknown.length === 1 ? 'is not a rule id' : 'are not rule ids'}`] : [],
    ...idle.length ? [`${ids(idle)} ${idle.length === 1 ? 'reports' : 'report'} nothing where it applies`] : [],
  ];
  return `This shipshape-ignore comment is stale: ${parts.join('; ')}. Remove it (or the ids), so it cannot hide a later finding.`;
}

/** The comment's whole line when it stands alone, else the comment and the spaces before it. */
function removal(text: string, lines: LineIndex, s: Suppression): TextEdit {
  const lineStart = lines.lineStart(s.line);
  if (text.slice(lineStart, s.start).trim() === '') {
    const next = s.line + 1 < lines.lineCount ? lines.lineStart(s.line + 1) : lines.lineEnd(s.line);
    return { range: lines.range(lineStart, next), newText: '' };
  }
  let from = s.start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { range: lines.range(from, s.end), newText: '' };
}
