// Findings → LSP diagnostics. Fixes travel in `data`, so code actions need no second analysis.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../engine';

export const SOURCE = 'shipshape';

export interface DiagnosticData { fixes: Fix[] }

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `docsUrl`: the rule's page, where the Problems panel links the rule id. */
export function toDiagnostic(f: Finding, docsUrl: string | undefined): Diagnostic {
  const data: DiagnosticData = { fixes: f.fixes };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    ...(docsUrl ? { codeDescription: { href: docsUrl } } : {}),
    message: f.message,
    data,
  };
}
