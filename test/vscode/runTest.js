// `npm run test:vscode`: the in-editor suite in a downloaded desktop VS Code
// (@vscode/test-electron). Machines without that download run the same suite in
// code-server instead (test/e2e/run.sh).
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-vscode-'));
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error) => { console.error(error); process.exit(1); });
