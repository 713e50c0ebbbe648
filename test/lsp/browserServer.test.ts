// The Web Worker build (dist/browserServer.js) in a worker thread that hides Node's globals
// (process, Buffer, require, setImmediate), driven with JSON-RPC messages as the browser
// client posts them: diagnostics for each kind, rule docs under the client's docsBase, fixes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEdits } from '../helpers/fixes';

const ROOT = resolve(__dirname, '..', '..');
const BUNDLE = resolve(ROOT, 'dist', 'browserServer.js');
// Worker-like globals only: `self`, `postMessage`, `onmessage`; the bundle sees no Node API.
const BROWSER_LIKE = `
const { parentPort, workerData } = require('node:worker_threads');
const source = require('node:fs').readFileSync(workerData, 'utf8');
globalThis.self = globalThis;
globalThis.postMessage = (m) => parentPort.postMessage(m);
globalThis.addEventListener = () => {};
parentPort.on('message', (data) => globalThis.onmessage && globalThis.onmessage({ data }));
new Function('process', 'Buffer', 'require', 'module', 'exports', 'setImmediate', 'global', source)();
`;

interface Message { id?: number; method?: string; params?: any; result?: any }

describe('language server in a Web Worker (dist/browserServer.js)', () => {
  let worker: Worker;
  const received: Message[] = [];
  let nextId = 0;
  const send = (m: Message) => worker.postMessage({ jsonrpc: '2.0', ...m });
  const waitFor = async (pick: (m: Message) => boolean): Promise<Message> => {
    for (let i = 0; i < 100; i++) {
      const hit = received.find(pick);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no such message from the worker');
  };
  const request = async (method: string, params: unknown) => {
    const id = ++nextId;
    send({ id, method, params });
    return (await waitFor((m) => m.id === id && m.method === undefined)).result;
  };
  const diagnosticsOf = (uri: string, version: number) =>
    waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version)
      .then((m) => m.params.diagnostics as { code: string; codeDescription?: { href: string }; range: unknown; data: unknown }[]);

  before(async () => {
    worker = new Worker(BROWSER_LIKE, { eval: true, workerData: BUNDLE });
    worker.on('message', (m: Message) => received.push(m));
    const init = await request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { docsBase: 'vscode-remote://host/ext/docs/rules' } });
    assert.equal(init.capabilities.textDocumentSync.change, 2);
    send({ method: 'initialized', params: {} });
  });
  after(() => worker.terminate());

  for (const [name, languageId, code] of [['Dockerfile', 'dockerfile', 'DF001'], ['compose.yaml', 'dockercompose', 'DC001'], ['k8s/deployment.yaml', 'yaml', 'K8S001']]) {
    it(`${name}: ${code} with its docs link; its fix applied clears it`, async () => {
      const uri = `vscode-remote://host/ws/${name}`;
      const text = readFileSync(resolve(ROOT, 'examples', name), 'utf8');
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId, version: 1, text } } });
      const diagnostic = (await diagnosticsOf(uri, 1)).find((d) => d.code === code);
      assert.ok(diagnostic, `${code} not reported`);
      assert.equal(diagnostic.codeDescription?.href, `vscode-remote://host/ext/docs/rules/${code}.md`);
      const actions = await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const fixed = applyEdits(text, actions[0].edit.changes[uri]);
      send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] } });
      assert.ok(!(await diagnosticsOf(uri, 2)).some((d) => d.code === code), `${code} still reported after its fix`);
    });
  }
});
