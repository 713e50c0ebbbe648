// The language server in a Web Worker (vscode.dev, github.dev, code-server's browser host).
// There is no file system here: config comes from the editor settings only, and rule docs
// from the extension's own folder, whose URI the client sends.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { CONFIGURABLE_IDS, mergeConfig } from '../engine';
import { startServer } from './server';

declare const self: unknown;
const port = self as ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port)), {
  configFor: (_uri, settings) => mergeConfig([{ source: 'settings', value: settings }], CONFIGURABLE_IDS),
  docsUrl: (ruleId, docsBase) => (docsBase === undefined ? undefined : `${docsBase}/${ruleId}.md`),
});
