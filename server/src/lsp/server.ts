// The Shipshape language server, whatever carries it (Node IPC or a Web Worker): runs the
// engine on open and change (debounced, stale runs dropped), publishes diagnostics, and
// answers code actions. The host says where config comes from and where rule docs live.
import { TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type ConfigResult } from '../engine';
import { toDiagnostic } from './diagnostics';
import { codeActionsFor } from './codeActions';

/** Quiet time after a keystroke before the file is analysed again. */
export const DEBOUNCE_MS = 120;

export interface ServerHost {
  /**
   * The file's config from the editor settings (and, on disk, its .shipshape.yaml), its path if
   * it has one, whether it is a partial object (a Kustomize patch), and for a Dockerfile the
   * .dockerignore of its build context (null: none; undefined: unknown, e.g. no file system).
   */
  configFor(uri: string, settings: Record<string, unknown> | undefined): ConfigResult & { path?: string; partial?: boolean; dockerignore?: string | null };
  /** The rule's documentation page, for Diagnostic.codeDescription; `docsBase` comes from the client, if it sent one. */
  docsUrl(ruleId: string, docsBase: string | undefined): string | undefined;
}

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settingsCache = new Map<string, Promise<Record<string, unknown> | undefined>>();
  const shownProblems = new Set<string>();
  let canAskConfiguration = false;
  let docsBase: string | undefined;

  connection.onInitialize((params) => {
    canAskConfiguration = Boolean(params.capabilities.workspace?.configuration);
    const options = params.initializationOptions as { docsBase?: unknown } | undefined;
    if (typeof options?.docsBase === 'string') docsBase = options.docsBase;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'shipshape' },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'shipshape' });
  });

  function settingsFor(uri: string): Promise<Record<string, unknown> | undefined> {
    if (!canAskConfiguration) return Promise.resolve(undefined);
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace.getConfiguration({ scopeUri: uri, section: 'shipshape' }).then(
        (s: Record<string, unknown> | null) => s ?? undefined, () => undefined);
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  /** Editor settings minus the ones that are the client's business. */
  function engineSettings(s: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
    if (!s) return undefined;
    const { enable: _enable, trace: _trace, ...rest } = s;
    return rest;
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      validate(document.uri, document.version).catch((error) => connection.console.error(`${document.uri}: ${(error as Error).stack ?? error}`));
    }, delay));
  }

  async function validate(uri: string, version: number): Promise<void> {
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    if (!document || document.version !== version) return; // closed or edited meanwhile: a newer run is queued
    if (settings?.enable === false) { void connection.sendDiagnostics({ uri, diagnostics: [] }); return; }
    const { config, problems, path, partial, dockerignore } = host.configFor(uri, engineSettings(settings));
    for (const p of problems) {
      if (shownProblems.has(p)) continue;
      shownProblems.add(p);
      void connection.window.showWarningMessage(`Shipshape configuration: ${p}`);
    }
    const result = analyze(document.getText(), { path: path ?? uri, languageId: document.languageId, config, partial, dockerignore });
    if (result.skipped) connection.console.info(`${uri}: skipped: ${result.skipped}`);
    for (const note of result.notes) connection.console.info(`${uri}: ${note}`);
    void connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((f) => toDiagnostic(f, host.docsUrl(f.ruleId, docsBase))) });
  }

  function revalidateAll(): void {
    settingsCache.clear();
    for (const document of documents.all()) schedule(document, 0);
  }

  // TextDocuments fires onDidChangeContent right after onDidOpen: analyse a just-opened file at once.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => justOpened.add(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document, justOpened.delete(e.document.uri) ? 0 : DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(revalidateAll);
  connection.onDidChangeWatchedFiles(revalidateAll);
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActionsFor(document, params) : [];
  });

  documents.listen(connection);
  connection.listen();
  }
