// The built language server (dist/server.js) over stdio, driven as an editor would.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type PublishDiagnosticsParams, type CodeAction, type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../helpers/fixes';

const SERVER = resolve(__dirname, '..', '..', 'dist', 'server.js');

describe('language server protocol (dist/server.js over stdio)', () => {
  let server: ChildProcess;
  let connection: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];
  let waiters: (() => void)[] = [];
  const dir = mkdtempSync(resolve(tmpdir(), 'shipshape-lsp-'));

  function nextDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no diagnostics for ${uri}`)), 5000);
      const check = () => {
        const hit = published.find((p) => p.uri === uri && predicate(p));
        if (!hit) return false;
        clearTimeout(timer);
        done(hit);
        return true;
      };
      const wait = () => { if (!check()) waiters.push(wait); };
      wait();
    });
  }

  before(async () => {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
      const pending = waiters; waiters = [];
      pending.forEach((w) => w());
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ enable: true, rules: {} })));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const init = await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    }) as { capabilities: { codeActionProvider: unknown; textDocumentSync: { change: number } } };
    assert.ok(init.capabilities.codeActionProvider);
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    await connection.sendNotification('initialized', {});
  });

  after(async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes on open, offers the fix from Diagnostic.data, clears after the edit and on close', async () => {
    const path = resolve(dir, 'Dockerfile');
    let text = 'FROM alpine:3.22\nRUN apk add --no-cache curl\nCMD ["sh"]\n';
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const first = await nextDiagnostics(uri);
    assert.equal(first.diagnostics.length, 1);
    const d: Diagnostic = first.diagnostics[0];
    assert.equal(d.source, 'shipshape');
    assert.equal(d.code, 'DF001');
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range.start, { line: 0, character: 0 });
    assert.match(d.codeDescription!.href, /docs\/rules\/DF001\.md$/);

    const actions = await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: d.range, context: { diagnostics: [d] },
    }) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Run as non-root user', 'Ignore DF001 for this line', 'Ignore DF001 in this file']);
    assert.equal(actions[0].isPreferred, true);
    const edits = actions[0].edit!.changes![uri];
    text = applyEdits(text, edits);
    assert.match(text, /\nUSER 10001:10001\nCMD/);

    // Several quick edits: only the last version is analysed (debounced, stale runs dropped).
    const before = published.length;
    for (let version = 2; version <= 4; version++) {
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: version < 4 ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }] : edits.map((e) => ({ range: e.range, text: e.newText })),
      });
    }
    const cleared = await nextDiagnostics(uri, (p) => p.version === 4);
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal(published.length - before, 1, 'one publish for the burst of edits');

    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const closed = await nextDiagnostics(uri, (p) => p.version === undefined);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('Kubernetes and Compose files in the same session; other YAML stays silent', async () => {
    const k8s = pathToFileURL(resolve(dir, 'pod.yaml')).href;
    const other = pathToFileURL(resolve(dir, 'config.yaml')).href;
    const compose = pathToFileURL(resolve(dir, 'compose.yaml')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: k8s, languageId: 'yaml', version: 1, text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: c:1\n' } });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'a: 1\n' } });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: compose, languageId: 'dockercompose', version: 1, text: 'services:\n  a:\n    image: a:1\n    privileged: true\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges:true]\n' } });
    assert.deepEqual((await nextDiagnostics(k8s)).diagnostics.map((d) => d.code), ['K8S001']);
    assert.deepEqual((await nextDiagnostics(compose)).diagnostics.map((d) => [d.code, d.severity]), [['DC001', 1]]);
    assert.deepEqual((await nextDiagnostics(other)).diagnostics, []);
  });

  it('a Kustomize patch listed beside the file gets no missing-field findings', async () => {
    const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.2.3\n          securityContext:\n            privileged: true\n';
    writeFileSync(resolve(dir, 'kustomization.yaml'), 'resources: [base.yaml]\npatches:\n  - path: patch.yaml\n');
    const patchUri = pathToFileURL(resolve(dir, 'patch.yaml')).href;
    const fullUri = pathToFileURL(resolve(dir, 'base.yaml')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: patchUri, languageId: 'yaml', version: 1, text: patch } });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fullUri, languageId: 'yaml', version: 1, text: patch } });
    const codes = async (uri: string) => (await nextDiagnostics(uri)).diagnostics.map((d) => d.code);
    assert.deepEqual(await codes(patchUri), ['K8S004']);
    assert.ok((await codes(fullUri)).includes('K8S016'));
  });

  it('reads the .dockerignore beside a Dockerfile, and re-checks when it changes', async () => {
    const sub = mkdtempSync(resolve(dir, 'ctx-'));
    const path = resolve(sub, 'Dockerfile');
    const text = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "server.js"]\n';
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const first = await nextDiagnostics(uri);
    assert.ok(first.diagnostics.some((d) => d.code === 'DF060' && /no \.dockerignore/.test(String(d.message))), JSON.stringify(first.diagnostics));
    const ignore = resolve(sub, '.dockerignore');
    writeFileSync(ignore, '.git\n.env\n.env.*\n*.pem\n*.key\nid_rsa*\n.npmrc\n.pypirc\n.git-credentials\n.aws\n.docker/config.json\nkubeconfig\n');
    const before = published.length;
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(ignore).href, type: 1 }] });
    const again = await nextDiagnostics(uri, (p) => published.indexOf(p) >= before);
    assert.ok(!again.diagnostics.some((d) => d.code === 'DF060'), JSON.stringify(again.diagnostics));
  });
});
