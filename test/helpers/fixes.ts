// Test helpers: apply edits, and check the four promises every fix makes.
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { DockerfileParser } from 'dockerfile-ast';
import { analyze, mergeConfig, type Finding, type Fix, type TextEdit } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/text';

export const ALL_RULES = mergeConfig([{ source: 'test', value: { enableAll: true } }]).config;

export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].end <= spans[i - 1].start, 'fix edits overlap');
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** `dockerignore`: the build context's .dockerignore for a Dockerfile (null: none; undefined: unknown). */
export function findingsOf(text: string, path: string, dockerignore?: string | null): Finding[] {
  return analyze(text, { path, config: ALL_RULES, dockerignore }).findings;
}

/** Asserts the fixed text parses as well as the original did (a broken YAML document may stay broken). */
export function assertParses(original: string, fixed: string, path: string): void {
  if (/\.ya?ml$/i.test(path)) {
    const broken = (text: string) => parseAllDocuments(text as string).flatMap((d) => ('errors' in d ? d.errors : [])).map((e) => e.message);
    assert.ok(broken(fixed).length <= broken(original).length, `fixed YAML does not parse: ${broken(fixed).join('; ')}\n${fixed}`);
  } else {
    // A fix may add a stage (Switch to distroless) but never lose one.
    const count = (text: string) => DockerfileParser.parse(text).getFROMs().length;
    assert.ok(count(fixed) >= count(original), `fixed Dockerfile lost a stage:\n${fixed}`);
  }
}

/** Findings per rule. Messages may name the changed text and lines shift, so fixes are judged by counts. */
function countByRule(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * Applies `fix` for `finding` and checks: the result parses, the finding is gone (its rule
 * reports once less), and no rule reports more than before (nothing was added).
 * Returns the fixed text. `findingsBefore`: the text's findings with every rule on, if known.
 */
export function checkFix(text: string, path: string, finding: Finding, fix: Fix, findingsBefore?: Finding[], dockerignore?: string | null): string {
  findingsBefore ??= findingsOf(text, path, dockerignore);
  const before = countByRule(findingsBefore);
  const after = applyEdits(text, fix.edits);
  assert.notEqual(after, text, `fix "${fix.title}" changes nothing`);
  assertParses(text, after, path);
  before.set(finding.ruleId, before.get(finding.ruleId)! - 1);
  const found = findingsOf(after, path, dockerignore);
  for (const [ruleId, n] of countByRule(found)) {
    const extra = found.filter((f) => f.ruleId === ruleId).map((f) => `  ${f.range.start.line + 1}: ${f.message}`).join('\n');
    assert.ok(n <= (before.get(ruleId) ?? 0), `fix "${fix.title}" for ${finding.ruleId} left or added ${ruleId} (${n} now, ${before.get(ruleId) ?? 0} allowed):\n${extra}\n--- fixed text ---\n${after}`);
  }
  return after;
}
