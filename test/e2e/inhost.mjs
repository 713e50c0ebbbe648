// Runs test/vscode/suite (the @vscode/test-electron style suite) inside code-server's
// extension host: the workbench loads the repo as a development extension and calls the
// runner, then reports through window.codeAutomationExit. This needs code-server started
// with `--vscode-option enable-smoke-test-driver` (else the `payload` URL parameter is ignored).
// usage: node inhost.mjs <code-server-url> <workspace-folder> <extension-folder> <runner.js> [result.json]
// The runner writes result.json when code-server was started with SHIPSHAPE_TEST_RESULT=<that path>.
// Prints the suite's "ok - …" / "not ok - …" lines and "in-host: N passed, M failed" last.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [BASE, WS, DEV, RUNNER, RESULT] = process.argv.slice(2);
const TIMEOUT_MS = Number(process.env.SHIPSHAPE_INHOST_TIMEOUT_MS ?? 180000);
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

let printed = false;
function finish(passed, failed) {
  if (printed) return;
  printed = true;
  console.log(`in-host: ${passed} passed, ${failed} failed`);
}
setTimeout(() => {
  console.log(`not ok - in-host: watchdog: no result after ${(TIMEOUT_MS + 30000) / 1000} s`);
  finish(0, 1);
  process.exit(1);
}, TIMEOUT_MS + 30000);

const profile = mkdtempSync(join(tmpdir(), 'shipshape-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-crash-reporter'],
});
let code = 1;
const seen = { passed: 0, failed: 0 };
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  let done;
  const exited = new Promise((resolve) => (done = resolve));
  await page.exposeFunction('codeAutomationExit', (exitCode) => done(exitCode));
  page.on('console', (m) => {
    const text = m.text();
    if (/No extension host found that can launch the test runner/.test(text)) {
      log(text);
      done(1);
    }
    // The extension host's console reaches the page console, prefixed with "[Extension Host]".
    const line = /(?:^|\s)((?:not )?ok - [^\n]*)/.exec(text);
    if (line) {
      console.log(line[1]);
      seen[line[1].startsWith('ok') ? 'passed' : 'failed']++;
    } else if (/\[Extension Host\]/.test(text) && /Error|fail|shipshape/i.test(text)) {
      log(text.slice(0, 2000));
    }
  });
  const remote = new URL(BASE).host; // the remote authority, as the workbench knows it
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${remote}${DEV}`],
    ['extensionTestsPath', `vscode-remote://${remote}${RUNNER}`],
  ]);
  log(`opening the workbench with ${DEV} as the development extension`);
  await page.goto(`${BASE}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(payload)}`, { timeout: 60000 });
  code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS))]);
  if (code === 'timeout') console.log(`not ok - in-host: no codeAutomationExit within ${TIMEOUT_MS / 1000} s`);
  log(`codeAutomationExit(${code})`);
} catch (e) {
  console.log(`not ok - in-host: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}

// Counts: the runner's result file if there is one, else the lines seen on the console.
let { passed, failed } = seen;
if (RESULT && existsSync(RESULT)) {
  const r = JSON.parse(readFileSync(RESULT, 'utf8'));
  passed = r.passes.length;
  failed = r.failures.length;
  for (const f of r.failures) log(`failure: ${f.title}\n${f.stack ?? f.error}`);
}
if (code !== 0 && failed === 0) failed = 1; // the run failed without a failing test (no tests, host error, timeout)
finish(passed, failed);
process.exit(code === 0 && failed === 0 ? 0 : 1);
