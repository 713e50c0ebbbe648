// Bundles into dist/: the extension client and the language server for Node (desktop, remote)
// and for the browser (client in the web extension host, server in a Web Worker), and the CLI.
// Usage: node scripts/build.mjs [--production]
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // Without esbuild's default `module` condition, require()d packages that ship both builds
  // (vscode-languageserver-types, -textdocument, which dockerfile-ast uses) bundle as CommonJS.
  // Their ESM build, wrapped for require(), costs a getter call on every Range.create or
  // Position.create: dockerfile-ast parsed about 10% slower bundled than from node_modules.
  conditions: [],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, platform: 'browser', target: 'es2022', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserClient.js', external: ['vscode'] }),
  build({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/browserServer.js', inject: ['server/src/lsp/browserShims.ts'] }),
]);
chmodSync('dist/cli.js', 0o755);
