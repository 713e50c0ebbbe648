import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { ruleDocsUrl } from '../../server/src/rules/docs';
import { codeActionsFor } from '../../server/src/lsp/codeActions';
import { applyEdits } from '../helpers/fixes';

function actions(text: string, path: string) {
  const doc = TextDocument.create(`file:///w/${path}`, path.endsWith('.yaml') ? 'yaml' : 'dockerfile', 1, text);
  const diagnostics = analyze(text, { path }).findings.map((f) => toDiagnostic(f, ruleDocsUrl(f.ruleId)));
  return codeActionsFor(doc, { textDocument: { uri: doc.uri }, range: diagnostics[0].range, context: { diagnostics } })
    .map((a) => ({ title: a.title, apply: () => applyEdits(text, a.edit!.changes![doc.uri]) }));
}

describe('code actions', () => {
  it('ignore-for-this-line keeps the YAML indentation and silences only that finding', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: a:1\n    - name: b\n      image: b:1\n';
    const list = actions(text, 'pod.yaml');
    const ignore = list.find((a) => a.title === 'Ignore K8S001 for this line')!;
    const after = ignore.apply();
    assert.match(after, /\n {4}# shipshape-ignore K8S001 -- reason\n {4}- name: a\n/);
    assert.deepEqual(analyze(after, { path: 'pod.yaml' }).findings.map((f) => f.range.start.line + 1), [10]);
  });

  it('ignore-in-this-file goes after Dockerfile parser directives, which must stay first', () => {
    const text = '# syntax=docker/dockerfile:1\n# escape=\\\nFROM debian:12\n';
    const after = actions(text, 'Dockerfile').find((a) => a.title === 'Ignore DF001 in this file')!.apply();
    assert.equal(after, '# syntax=docker/dockerfile:1\n# escape=\\\n# shipshape-ignore-file DF001 -- reason\nFROM debian:12\n');
    assert.deepEqual(analyze(after, { path: 'Dockerfile' }).findings, []);
  });

  it('the rule fix comes first and is preferred', () => {
    const list = actions('services:\n  a:\n    image: a:1\n    privileged: true\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges:true]\n', 'compose.yaml');
    assert.deepEqual(list.map((a) => a.title), ['Remove privileged: true', 'Ignore DC001 for this line', 'Ignore DC001 in this file']);
  });
});
