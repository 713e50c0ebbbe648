// Shipshape inside VS Code's extension host, through the public `vscode` API: diagnostics
// from the real client and language server, quick fixes through VS Code's code-action
// provider, edits applied with workspace.applyEdit, settings honoured.
// The workspace is a copy of examples/ (see ../runTest.js and test/e2e/run.sh).
const assert = require('node:assert/strict');
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const codeOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
const shipshape = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'shipshape');
const withCode = (uri, code) => shipshape(uri).filter((d) => codeOf(d) === code);

async function until(what, predicate, ms = 30000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const value = predicate();
    if (value) return value;
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
}

function exampleUri(relative) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...relative.split('/'));
}

const W = vscode.DiagnosticSeverity.Warning, E = vscode.DiagnosticSeverity.Error;
// Ranges are 0-based [line, character] (the CLI prints them 1-based).
const CASES = [
  {
    file: 'Dockerfile', code: 'DF001', severity: W, range: [8, 0, 8, 26], language: 'dockerfile',
    message: /^The image runs as root: stage 2 has no USER instruction/,
    fix: 'Run as non-root user',
    check: (t) => assert.match(t, /\nRUN groupadd [^\n]*\bapp\nUSER 10001:10001\nEXPOSE 8080\n/),
  },
  {
    file: 'k8s/deployment.yaml', code: 'K8S001', severity: W, range: [18, 16, 18, 19],
    message: /^The container `web` of Deployment `web` has no securityContext/,
    fix: 'Add restricted securityContext',
    check: (t) => {
      assert.match(t, /\n {8}- name: web\n {10}image: \S+\n {10}ports:\n {12}- containerPort: 8080\n {10}securityContext:\n {12}allowPrivilegeEscalation: false\n/);
      assert.match(t, /\n {12}runAsNonRoot: true\n/);
    },
  },
  {
    file: 'k8s/cronjob.yaml', code: 'K8S002', severity: W, range: [17, 14, 17, 26],
    message: /^The container `report` of CronJob `nightly-report` keeps Linux capabilities/,
    fix: 'Drop all capabilities',
    check: (t) => assert.match(t, /\n {14}capabilities:\n {16}add: \["NET_BIND_SERVICE"\]\n {16}drop:\n {16}- ALL\s*$/),
  },
  {
    file: 'compose.yaml', code: 'DC001', severity: E, range: [4, 4, 4, 14],
    message: /^Service `app` runs privileged/,
    fix: 'Remove privileged: true',
    check: (t) => {
      assert.doesNotMatch(t, /privileged/);
      assert.match(t, /\n {4}image: ghcr\.io\/example\/web:1\.4\.2\n {4}ports:\n/);
    },
  },
];

suite('Shipshape in the extension host', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    const ext = vscode.extensions.getExtension('shipshape.shipshape');
    assert.ok(ext, 'extension shipshape.shipshape is loaded');
    await ext.activate();
    console.log(`shipshape ${ext.packageJSON.version} in VS Code ${vscode.version} (${vscode.env.appName}, appHost ${vscode.env.appHost})`);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => {});
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const c of CASES) {
    test(`${c.file}: ${c.code} reported, "${c.fix}" applied, diagnostic gone`, async () => {
      const uri = exampleUri(c.file);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      if (c.language) assert.equal(doc.languageId, c.language);
      const before = doc.getText();

      const [d] = await until(`${c.code} on ${c.file}`, () => { const ds = withCode(uri, c.code); return ds.length ? ds : undefined; });
      assert.equal(withCode(uri, c.code).length, 1, `one ${c.code} on ${c.file}`);
      assert.equal(d.source, 'shipshape');
      assert.equal(d.severity, c.severity);
      assert.match(d.message, c.message);
      assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], c.range);
      assert.match(String(d.code.target ?? ''), new RegExp(`docs/rules/${c.code}\\.md$`), 'code links to the rule docs');

      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === c.fix);
      assert.ok(fix, `"${c.fix}" among the actions: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), 'a quick fix');
      assert.ok(fix.edit, 'the fix carries its edit');
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');

      const after = doc.getText();
      c.check(after);
      assert.notEqual(after, before);
      await until(`${c.code} to go`, () => withCode(uri, c.code).length === 0);

      // Back to the original: the diagnostic returns (the server follows the document, not the disk).
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(doc.getText(), before);
      await until(`${c.code} back after revert`, () => withCode(uri, c.code).length === 1);
    });
  }

  test('a YAML file that is neither Kubernetes nor Compose gets no diagnostics', async () => {
    // Same risky-looking content as compose.yaml, but no `services:`/`kind:`: not a container file.
    const uri = exampleUri('config/app-settings.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('# application settings\nname: demo\nprivileged: true\nitems:\n  - image: nginx\n    privileged: true\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'yaml');
      // Control: in the same session a compose file does get its finding, so the server is running.
      const compose = exampleUri('compose.yaml');
      await vscode.workspace.openTextDocument(compose);
      await until('DC001 on compose.yaml (control)', () => withCode(compose, 'DC001').length === 1);
      await sleep(2000);
      assert.deepEqual(shipshape(uri).map((d) => `${codeOf(d)} ${d.message}`), []);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });

  test('the shipshape.rules setting turns a rule off and back on', async () => {
    const uri = exampleUri('Dockerfile');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await until('DF001', () => withCode(uri, 'DF001').length === 1);
    const config = vscode.workspace.getConfiguration('shipshape');
    await config.update('rules', { DF001: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until('DF001 to be turned off', () => withCode(uri, 'DF001').length === 0);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('DF001 to return', () => withCode(uri, 'DF001').length === 1);
  });
});
