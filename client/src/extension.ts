// The VS Code side: starts the Shipshape language server (IPC) for Dockerfiles,
// Compose files and Kubernetes YAML. All analysis happens in the server.
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'dockerfile' },
      { language: 'dockercompose' },
      { language: 'yaml' },
      { pattern: '**/{Dockerfile,Containerfile,*.Dockerfile,*.containerfile,Dockerfile.*,Containerfile.*}' },
    ],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.shipshape.{yaml,yml}') },
  };
  client = new LanguageClient('shipshape', 'Shipshape', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
