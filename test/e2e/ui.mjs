// End to end in real VS Code: code-server's workbench in Debian's headless Chromium,
// driven like a person would: open each example, see the squiggle and the Problems
// entry, apply the quick fix with Ctrl+., read the text back, see the diagnostic go.
// usage: node ui.mjs <code-server-url> <workspace-folder> <screenshots-folder>
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [BASE, WS, SHOTS] = process.argv.slice(2);
const CASES = [
  { file: 'Dockerfile', severity: 'warning', message: 'The image runs as root', fix: 'Run as non-root user', added: 'USER 10001:10001' },
  { file: 'deployment.yaml', severity: 'warning', message: 'has no securityContext', fix: 'Add restricted securityContext', added: 'allowPrivilegeEscalation: false' },
  { file: 'compose.yaml', severity: 'error', message: 'runs privileged', fix: 'Remove privileged: true', removed: 'privileged: true' },
];
const PATHS = { 'deployment.yaml': 'k8s/deployment.yaml' };

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
// Monaco renders spaces as U+00A0; Playwright's string hasText is case-insensitive: use exact regexes.
const exact = (t) => new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]'));

async function runCase(page, c, index) {
  const shot = (name) => page.screenshot({ path: join(SHOTS, `${index + 1}-${c.file}-${name}.png`) });
  const squiggle = page.locator(`.editor-instance .squiggly-${c.severity}`);
  await page.keyboard.press('Control+p');
  await page.keyboard.type(c.file, { delay: 20 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: c.file }).first().waitFor({ timeout: 20000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: c.file }).waitFor({ timeout: 20000 });
  await squiggle.first().waitFor({ timeout: 60000 });
  const before = await squiggle.count();
  log(`${c.file}: ${before} ${c.severity} squiggle(s)`);
  await shot('1-squiggle');

  await page.keyboard.press('Control+Shift+M');
  const marker = page.locator('.markers-panel .monaco-list-row', { hasText: exact(c.message) });
  await marker.first().waitFor({ timeout: 20000 });
  const row = await marker.first().innerText();
  if (!row.includes('shipshape')) throw new Error(`Problems row lacks the source: ${row}`);
  log(`${c.file}: Problems row ${JSON.stringify(row.replace(/\s+/g, ' '))}`);
  await shot('2-problems');

  await squiggle.first().click({ force: true });
  await page.keyboard.press('Control+.');
  const action = page.locator('.action-widget .monaco-list-row', { hasText: exact(c.fix) });
  await action.first().waitFor({ timeout: 20000 });
  log(`${c.file}: quick fix menu ${JSON.stringify((await page.locator('.action-widget').first().innerText()).replace(/\s+/g, ' '))}`);
  await shot('3-quickfix');
  await action.first().click();

  const disk = join(WS, PATHS[c.file] ?? c.file);
  if (c.added) await page.locator('.editor-instance .view-line', { hasText: exact(c.added) }).first().waitFor({ timeout: 20000 });
  await page.keyboard.press('Control+s');
  let text = '';
  for (let i = 0; i < 50; i++) {
    text = readFileSync(disk, 'utf8');
    if (c.added ? text.includes(c.added) : !text.includes(c.removed)) break;
    await page.waitForTimeout(200);
  }
  if (c.added && !text.includes(c.added)) throw new Error(`saved file lacks "${c.added}"`);
  if (c.removed && text.includes(c.removed)) throw new Error(`saved file still has "${c.removed}"`);
  for (let i = 0; i < 100 && (await squiggle.count()) > 0; i++) await page.waitForTimeout(100);
  const after = await squiggle.count();
  await shot('4-fixed');
  if (after !== 0) throw new Error(`${after} squiggle(s) left after the fix`);
  log(`${c.file}: fixed on disk, squiggles ${before} → ${after}`);
}

mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'shipshape-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let passed = 0, failed = 0;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${BASE}/?folder=${encodeURIComponent(WS)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor({ timeout: 60000 });
  log('workbench ready');
  for (const [i, c] of CASES.entries()) {
    try { await runCase(page, c, i); passed++; console.log(`ok - ${c.file}: ${c.fix}`); }
    catch (e) { failed++; console.log(`not ok - ${c.file}: ${e.message.split('\n')[0]}`); await page.screenshot({ path: join(SHOTS, `${i + 1}-${c.file}-failure.png`) }).catch(() => {}); }
  }
} catch (e) {
  failed = CASES.length - passed;
  console.log(`not ok - workbench: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`ui: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
