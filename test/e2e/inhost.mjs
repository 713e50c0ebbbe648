// Runs test/vscode/suite (the @vscode/test-electron style suite) inside code-server's
// extension host: the workbench loads the repo as a development extension and calls the
// runner, then reports through window.codeAutomationExit (smoke-test driver).
// usage: node inhost.mjs <code-server-url> <workspace-folder> <extension-folder> <runner.js>
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [BASE, WS, DEV, RUNNER] = process.argv.slice(2);
const TIMEOUT_MS = 180000;
const profile = mkdtempSync(join(tmpdir(), 'shipshape-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let code = 1;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationExit', (exitCode) => finish(exitCode));
  page.on('console', (m) => {
    const text = m.text();
    if (/No extension host found that can launch the test runner/.test(text)) finish(1);
    const line = /(?:^|\s)((?:not )?ok - .*|in-host: \d+ passed, \d+ failed)$/s.exec(text);
    if (line) console.log(line[1]);
  });
  const remote = new URL(BASE).host;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${remote}${DEV}`],
    ['extensionTestsPath', `vscode-remote://${remote}${RUNNER}`],
  ]);
  await page.goto(`${BASE}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(payload)}`);
  code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS))]);
  if (code === 'timeout') { console.log(`in-host suite: no result within ${TIMEOUT_MS / 1000} s`); code = 1; }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(code === 0 ? 0 : 1);
