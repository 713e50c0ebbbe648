// Quick fixes from the fixes a diagnostic carries, plus "ignore" actions that
// write a suppression comment.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { INTERNAL_ERROR_ID, UNUSED_SUPPRESSION_ID } from '../engine';

export function codeActionsFor(document: TextDocument, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  const uri = document.uri;
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
    const fixes = (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
    fixes.forEach((fix, i) => actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: i === 0,
      edit: { changes: { [uri]: fix.edits } },
    }));
    // The engine's own reports (a rule that failed, a stale ignore comment) are not ignored by comment.
    if (diagnostic.code !== INTERNAL_ERROR_ID && diagnostic.code !== UNUSED_SUPPRESSION_ID) ignores.push(ignoreLine(document, diagnostic), ignoreFile(document, diagnostic));
  }
  return [...actions, ...ignores];
}

function action(title: string, diagnostic: Diagnostic, uri: string, edit: TextEdit): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } };
}

function ignoreLine(document: TextDocument, diagnostic: Diagnostic): CodeAction {
  const line = diagnostic.range.start.line;
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = text.endsWith('\r\n') ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return action(`Ignore ${diagnostic.code} for this line`, diagnostic, document.uri,
    { range: { start: at, end: at }, newText: `${indent}# shipshape-ignore ${diagnostic.code} -- reason${eol}` });
}

/** After any leading Dockerfile parser directives (`# syntax=`, `# escape=`), which must stay first. */
function ignoreFile(document: TextDocument, diagnostic: Diagnostic): CodeAction {
  const lines = document.getText().split(/\r?\n/);
  let line = 0;
  while (line < lines.length && /^#\s*[a-zA-Z]+\s*=/.test(lines[line])) line++;
  const at = { line, character: 0 };
  return action(`Ignore ${diagnostic.code} in this file`, diagnostic, document.uri,
    { range: { start: at, end: at }, newText: `# shipshape-ignore-file ${diagnostic.code} -- reason\n` });
}
