// The scan's result and its three renderings: text, JSON and SARIF 2.1.0.
import type { FileKind, Finding, Severity, SuppressedFinding } from '../engine';
import { RULES, INTERNAL_ERROR_ID, UNUSED_SUPPRESSION_ID } from '../engine';
import { ruleDocsUrl } from '../rules/docs';

export interface FileReport { path: string; kind: FileKind; findings: Finding[]; notes?: string[]; suppressed?: SuppressedFinding[] }
export interface ScanReport { files: FileReport[]; skipped: { path: string; reason: string }[] }

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export function renderJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2);
}

export function renderText(report: ScanReport): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of report.files) {
    for (const f of file.findings) {
      counts[f.severity]++;
      const { line, character } = f.range.start;
      out.push(`${file.path}:${line + 1}:${character + 1}: ${f.severity} ${f.ruleId}: ${f.message}${f.fixes.length ? ' (fix available)' : ''}`);
    }
    for (const note of file.notes ?? []) out.push(`${file.path}: note: ${note}`);
  }
  for (const s of report.skipped) out.push(`${s.path}: skipped: ${s.reason}`);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const suppressed = report.files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
  out.push(`${total} finding${total === 1 ? '' : 's'} in ${report.files.length} file${report.files.length === 1 ? '' : 's'}` +
    ` (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint)` +
    (suppressed ? `, ${suppressed} suppressed by comments` : '') +
    (report.skipped.length ? `, ${report.skipped.length} skipped` : ''));
  return out.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function renderSarif(report: ScanReport, version: string): string {
  const uri = (path: string) => path.split('\\').join('/');
  const region = (f: Finding['range']) => ({
    startLine: f.start.line + 1, startColumn: f.start.character + 1, endLine: f.end.line + 1, endColumn: f.end.character + 1,
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'shipshape',
          version,
          rules: [...RULES.map((r) => ({
            id: r.id,
            name: r.title,
            shortDescription: { text: r.title },
            helpUri: ruleDocsUrl(r.id),
            defaultConfiguration: { level: r.severity === 'off' ? 'none' : SARIF_LEVEL[r.severity] },
            properties: { kind: r.kind, category: r.category, references: r.references },
          })), { id: INTERNAL_ERROR_ID, name: 'Internal error', shortDescription: { text: 'A rule failed on a file' } },
          { id: UNUSED_SUPPRESSION_ID, name: 'Stale suppression', shortDescription: { text: 'A shipshape-ignore comment silences nothing' }, defaultConfiguration: { level: 'note' } }],
        },
      },
      // Suppressed findings stay in the log, marked in-source with their reason, for audit.
      results: report.files.flatMap((file) => [...file.findings, ...file.suppressed ?? []].map((f: Finding & Partial<SuppressedFinding>) => ({
        ruleId: f.ruleId,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path) }, region: region(f.range) } }],
        fixes: f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [{
            artifactLocation: { uri: uri(file.path) },
            replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
          }],
        })),
        ...(f.suppression ? { suppressions: [{ kind: 'inSource', ...(f.suppression.reason ? { justification: f.suppression.reason } : {}) }] } : {}),
      }))),
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: report.skipped.map((s) => ({
          level: 'note',
          message: { text: `skipped: ${s.reason}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(s.path) } } }],
        })),
      }],
    }],
  };
  return JSON.stringify(sarif, null, 2);
}
