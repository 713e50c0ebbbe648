// esbuild options shared by scripts/build.mjs (what ships) and scripts/bench.ts (what is measured).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * yaml's Node entry point is CommonJS and reads `process.env` for every token it lexes and
 * composes (debug switches); its ES module build does not, and bundles without esbuild's
 * getter wrappers: about 20% faster parsing. Its only other difference: warnings go to
 * console.warn (stderr) instead of process.emitWarning.
 */
const YAML_ESM = join(dirname(require.resolve('yaml/package.json')), 'browser', 'index.js');

/** Options for every bundle that runs the engine. */
export const engineBundle = {
  bundle: true,
  alias: { yaml: YAML_ESM },
  // Without esbuild's default `module` condition, require()d packages that ship both builds
  // (vscode-languageserver-types, -textdocument, which dockerfile-ast uses) bundle as CommonJS.
  // Their ESM build, wrapped for require(), costs a getter call on every Range.create or
  // Position.create: dockerfile-ast parsed about 10% slower bundled than from node_modules.
  conditions: [],
};
