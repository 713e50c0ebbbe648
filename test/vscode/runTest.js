// `npm run test:vscode`: the in-editor suite (./suite) in desktop VS Code, via
// @vscode/test-electron. It downloads VS Code (VSCODE_VERSION, default "stable") unless
// VSCODE_EXECUTABLE points at an installed one. Needs a build first (`npm run build`).
// Machines that cannot download VS Code run the same suite inside code-server instead:
// `npm run test:e2e` (test/e2e/run.sh, part 2).
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  if (!fs.existsSync(path.join(root, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  // The suite edits and reverts the examples: it works on a copy.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-vscode-'));
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      ...(process.env.VSCODE_EXECUTABLE
        ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
        : { version: process.env.VSCODE_VERSION || 'stable' }),
      // Downloads and profiles outside the repo, next to the code-server install.
      cachePath: path.join(process.env.SHIPSHAPE_E2E_HOME || path.join(os.homedir(), '.cache', 'shipshape-e2e'), 'vscode-test'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      // --disable-extensions turns off installed extensions only: the built-in Docker and
      // YAML language support (which give the language ids) stay on.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`test:vscode failed: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
