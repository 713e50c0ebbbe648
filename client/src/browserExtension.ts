// The VS Code side in the browser (vscode.dev, github.dev, code-server's web host): the
// same server, bundled for a Web Worker. Config comes from settings only there.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from './clientOptions';

// The project compiles without the DOM library; this is all of Worker the client needs.
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[2];
type Worker = InstanceType<typeof Worker>;

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  client = new LanguageClient('shipshape', 'Shipshape', await serverWorker(context), clientOptions(context));
  context.subscriptions.push(client);
  await client.start();
}

/** A worker from the bundled server; where the host refuses remote worker URLs (code-server), from its text. */
async function serverWorker(context: ExtensionContext): Promise<Worker> {
  const script = Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js');
  try {
    return new Worker(script.toString(true));
  } catch {
    const source = new TextDecoder().decode(await workspace.fs.readFile(script));
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'application/javascript' })));
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
