// Shipshape inside VS Code's extension host: diagnostics from the real client and
// server, quick fixes through VS Code's code-action API, settings honoured.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const shipshape = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'shipshape');

async function until(what, predicate, ms = 30000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const value = predicate();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

function exampleUri(relative) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...relative.split('/'));
}

const CASES = [
  { file: 'Dockerfile', code: 'DF001', severity: vscode.DiagnosticSeverity.Warning, line: 8, fix: 'Run as non-root user', expect: 'USER 10001:10001' },
  { file: 'k8s/deployment.yaml', code: 'K8S001', severity: vscode.DiagnosticSeverity.Warning, line: 18, fix: 'Add restricted securityContext', expect: 'runAsNonRoot: true' },
  { file: 'k8s/cronjob.yaml', code: 'K8S002', severity: vscode.DiagnosticSeverity.Warning, line: 17, fix: 'Drop all capabilities', expect: '- ALL' },
  { file: 'compose.yaml', code: 'DC001', severity: vscode.DiagnosticSeverity.Error, line: 4, fix: 'Remove privileged: true', gone: 'privileged: true' },
];

suite('Shipshape in the extension host', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('shipshape.shipshape');
    assert.ok(ext, 'extension shipshape.shipshape is loaded');
    await ext.activate();
  });

  for (const c of CASES) {
    test(`${c.file}: ${c.code} reported, "${c.fix}" applied, diagnostic gone`, async () => {
      const uri = exampleUri(c.file);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      // Other rules may report on the same example: pick this case's finding by its code.
      const d = await until(`${c.code} on ${c.file}`, () => shipshape(uri).find((x) => (x.code.value ?? x.code) === c.code));
      assert.equal(d.code.value ?? d.code, c.code);
      assert.equal(d.severity, c.severity);
      assert.equal(d.range.start.line, c.line);
      assert.match(String(d.code.target ?? ''), new RegExp(`docs/rules/${c.code}\\.md$`));
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === c.fix);
      assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      if (c.expect) assert.ok(doc.getText().includes(c.expect), doc.getText());
      if (c.gone) assert.ok(!doc.getText().includes(c.gone), doc.getText());
      const has = () => shipshape(uri).some((x) => (x.code.value ?? x.code) === c.code);
      await until(`${c.code} to go`, () => !has());
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await until(`${c.code} back after revert`, has);
    });
  }

  test('a YAML file that is neither Kubernetes nor Compose gets no diagnostics', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'name: demo\nitems:\n  - privileged: true\n' });
    await vscode.window.showTextDocument(doc);
    await sleep(1500);
    assert.deepEqual(shipshape(doc.uri), []);
  });

  test('the shipshape.rules setting turns a rule off and back on', async () => {
    const uri = exampleUri('Dockerfile');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const has = () => shipshape(uri).some((x) => (x.code.value ?? x.code) === 'DF001');
    await until('DF001', has);
    const config = vscode.workspace.getConfiguration('shipshape');
    await config.update('rules', { DF001: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until('DF001 to be turned off', () => !has());
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('DF001 to return', has);
  });
});
