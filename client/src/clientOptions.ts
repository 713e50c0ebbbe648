// What the Shipshape client asks of VS Code, the same in the Node and the browser client.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

export function clientOptions(context: ExtensionContext): LanguageClientOptions {
  return {
    documentSelector: [
      { language: 'dockerfile' },
      { language: 'dockercompose' },
      { language: 'yaml' },
      { pattern: '**/{Dockerfile,Containerfile,*.Dockerfile,*.containerfile,Dockerfile.*,Containerfile.*}' },
    ],
    // The server revalidates open files when one of these changes.
    synchronize: {
      fileEvents: ['**/.shipshape.{yaml,yml}', '**/.dockerignore', '**/*.dockerignore'].map((glob) => workspace.createFileSystemWatcher(glob)),
    },
    // Rule pages ship inside the extension; the browser server cannot find them on its own.
    initializationOptions: { docsBase: Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() },
  };
}
