// The language server over Node IPC (desktop VS Code, code-server): config from the editor
// settings and the .shipshape.yaml found above the file, Kustomize patches told apart by the
// kustomization.yaml beside them, the .dockerignore of a Dockerfile's directory; rule docs from
// the installed extension.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { configFor } from '../workspace/configFile';
import { isKustomizePatch } from '../workspace/kustomize';
import { dockerignoreFor } from '../workspace/dockerignore';
import { ruleDocsUrl } from '../rules/docs';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), {
  configFor(uri, settings) {
    const path = filePath(uri);
    return { ...configFor(path, { settings }), path, partial: isKustomizePatch(path), dockerignore: dockerignoreFor(path) };
  },
  docsUrl: (ruleId) => ruleDocsUrl(ruleId),
});

/** The file system path of a `file:` URI; undefined for other schemes (untitled, remote). */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}
