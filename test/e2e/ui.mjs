// End to end in real VS Code: code-server's workbench in Debian's headless Chromium,
// driven the way a person would: open each example from the Explorer, see the squiggle
// and the Problems entry, apply the quick fix from the Ctrl+. menu, read the text back
// (editor, then the file on disk after Ctrl+S) and see the diagnostic go away.
// usage: node ui.mjs <code-server-url> <workspace-folder> <screenshots-folder>
// Prints one "ok - …" / "not ok - …" line per case and "ui: N passed, M failed" last.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [BASE, WS, SHOTS] = process.argv.slice(2);
const WATCHDOG_MS = Number(process.env.SHIPSHAPE_UI_TIMEOUT_MS ?? 240000);

const CASES = [
  {
    path: 'Dockerfile', code: 'DF001', severity: 'warning', line: 9,
    message: 'The image runs as root: stage 2 has no USER instruction',
    fix: 'Run as non-root user',
    // the two lines land right before EXPOSE 8080
    expect: (t) => /\nRUN groupadd [^\n]*\bapp\nUSER 10001:10001\nEXPOSE 8080\n/.test(t),
    expectText: 'RUN groupadd … app / USER 10001:10001 before EXPOSE 8080',
  },
  {
    path: 'k8s/deployment.yaml', code: 'K8S001', severity: 'warning', line: 19,
    message: 'The container `web` of Deployment `web` has no securityContext',
    fix: 'Add restricted securityContext',
    expect: (t) => /\n {10}securityContext:\n(?: {12}\S.*\n)*? {12}allowPrivilegeEscalation: false\n/.test(t) && t.includes('runAsNonRoot: true'),
    expectText: 'securityContext: with allowPrivilegeEscalation: false and runAsNonRoot: true in the container',
  },
  {
    path: 'compose.yaml', code: 'DC001', severity: 'error', line: 5,
    message: 'Service `app` runs privileged',
    fix: 'Remove privileged: true',
    expect: (t) => !/privileged/.test(t) && /\n {4}image: ghcr\.io\/example\/web:1\.4\.2\n {4}ports:\n/.test(t),
    expectText: 'the privileged: true line gone, the rest of the service kept',
  },
];

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Monaco renders spaces as U+00A0, and a plain-string hasText is case-insensitive: match with regexes.
const exact = (s) => new RegExp(escape(s).replace(/ /g, '[\\s\\u00a0]'));
const whole = (s) => new RegExp(`^${escape(s)}$`);
const oneLine = (s) => JSON.stringify(s.replace(/\s+/g, ' ').trim());

let passed = 0, failed = 0, finished = false;
function summary() {
  if (finished) return;
  finished = true;
  console.log(`ui: ${passed} passed, ${failed} failed`);
}
// A hang anywhere must not block CI: fail whatever is left and exit.
setTimeout(() => {
  console.log(`not ok - ui: watchdog: no result after ${WATCHDOG_MS / 1000} s`);
  failed = CASES.length - passed;
  summary();
  process.exit(1);
}, WATCHDOG_MS);

async function problemsStatus(page) {
  return (await page.locator('#status\\.problems').first().getAttribute('aria-label').catch(() => null)) ?? '?';
}

/** The whole text of the active editor, through the clipboard (Monaco only renders visible lines). */
async function editorText(page) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  let text = '';
  for (let i = 0; i < 50 && !text; i++) {
    text = await page.evaluate(() => navigator.clipboard.readText());
    if (!text) await page.waitForTimeout(100);
  }
  await page.keyboard.press('Escape');
  return text.replace(/\r\n/g, '\n');
}

/** Scrolls the active editor so that `line` (1-based) is in view, with Ctrl+G. */
async function goToLine(page, line) {
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

async function openFromExplorer(page, path) {
  const explorer = page.locator('.explorer-folders-view');
  const row = (name) => explorer.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: whole(name) }) }).first();
  const parts = path.split('/');
  for (const folder of parts.slice(0, -1)) {
    const r = row(folder);
    await r.waitFor({ timeout: 20000 });
    if ((await r.getAttribute('aria-expanded')) !== 'true') await r.click();
  }
  const name = parts.at(-1);
  await row(name).click();
  await page.locator('.tabs-container .tab.active', { hasText: whole(name) }).waitFor({ timeout: 20000 });
}

async function openQuickFixMenu(page, squiggle, fix) {
  const item = page.locator('.action-widget .monaco-list-row', { hasText: whole(fix) }).first();
  for (let attempt = 1; ; attempt++) {
    await squiggle.first().click({ force: true });
    await page.keyboard.press('Control+.');
    try {
      await item.waitFor({ timeout: 7000 });
      return item;
    } catch (e) {
      if (attempt === 3) throw new Error(`quick fix "${fix}" not in the Ctrl+. menu after ${attempt} tries`);
      log(`Ctrl+. menu not shown (try ${attempt}), again`);
      await page.keyboard.press('Escape');
    }
  }
}

let step = '';
async function runCase(page, c, index) {
  const name = c.path.split('/').at(-1);
  const shot = (step) => page.screenshot({ path: join(SHOTS, `${index + 1}-${name}-${step}.png`) });
  const squiggle = page.locator(`.editor-instance .squiggly-${c.severity}`);
  const diskPath = join(WS, c.path);
  const original = readFileSync(diskPath, 'utf8');

  // 1. open from the Explorer; the squiggle appears
  step = 'open from the Explorer';
  await openFromExplorer(page, c.path);
  step = `wait for the ${c.severity} squiggle`;
  await squiggle.first().waitFor({ timeout: 60000 });
  const before = await squiggle.count();
  log(`${c.path}: ${before} ${c.severity} squiggle(s); status bar "${await problemsStatus(page)}"`);
  await shot('1-squiggle');

  // 2. the Problems panel lists it, with source and code
  step = 'Problems panel row';
  await page.keyboard.press('Control+Shift+M');
  const marker = page.locator('.markers-panel .monaco-list-row', { hasText: exact(c.message) });
  await marker.first().waitFor({ timeout: 20000 });
  const row = await marker.first().innerText();
  for (const want of ['shipshape', c.code, `[Ln ${c.line}, `]) {
    if (!row.includes(want)) throw new Error(`Problems row lacks "${want}": ${oneLine(row)}`);
  }
  log(`${c.path}: Problems row ${oneLine(row)}`);
  await shot('2-problems');

  // 3. Ctrl+. on the squiggle, apply the named fix
  step = 'Ctrl+. quick fix';
  const item = await openQuickFixMenu(page, squiggle, c.fix);
  log(`${c.path}: Ctrl+. menu ${oneLine(await page.locator('.action-widget').first().innerText())}`);
  await shot('3-quickfix');
  await item.click();
  await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});

  // 4. the editor text has the change (the file is dirty), then the file on disk after Ctrl+S
  step = 'text after the fix';
  let text = '';
  for (let i = 0; i < 20 && !c.expect(text); i++) {
    if (i) await page.waitForTimeout(250);
    text = await editorText(page);
  }
  if (!c.expect(text)) throw new Error(`editor text lacks ${c.expectText}:\n${text}`);
  log(`${c.path}: editor shows ${c.expectText}`);
  await goToLine(page, c.line);
  await page.keyboard.press('Control+s');
  let disk = original;
  for (let i = 0; i < 100 && !c.expect(disk); i++) {
    await page.waitForTimeout(100);
    disk = readFileSync(diskPath, 'utf8');
  }
  if (!c.expect(disk)) throw new Error(`file on disk lacks ${c.expectText} after Ctrl+S:\n${disk}`);
  if (disk !== text) throw new Error(`file on disk differs from the editor text:\n${disk}`);
  log(`${c.path}: saved; on disk too`);

  step = 'diagnostic gone';
  // 5. the diagnostic is gone: its Problems row disappears, one squiggle fewer (0 for these examples)
  const gone = async () => (await marker.count()) === 0 && (await squiggle.count()) < before;
  for (let i = 0; i < 100 && !(await gone()); i++) await page.waitForTimeout(100);
  const squiggles = await squiggle.count(), rows = await marker.count();
  await shot('4-fixed');
  if (!(await gone())) throw new Error(`after the fix: ${squiggles} squiggle(s) (${before} before), ${rows} Problems row(s) for it`);
  log(`${c.path}: Problems row gone, squiggles ${before} → ${squiggles}; status bar "${await problemsStatus(page)}"`);
}

mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'shipshape-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  permissions: ['clipboard-read', 'clipboard-write'],
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-crash-reporter'],
});
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  // The browser-side extension host logs to the page console: keep it for post-mortems.
  const consoleLog = [];
  page.on('console', (m) => consoleLog.push(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m.type()} ${m.text()}`));
  process.on('exit', () => writeFileSync(join(SHOTS, 'console.log'), consoleLog.join('\n') + '\n'));
  page.setDefaultTimeout(30000);
  await page.goto(`${BASE}/?folder=${encodeURIComponent(WS)}`, { timeout: 60000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor({ timeout: 60000 });
  log('workbench ready');
  await page.screenshot({ path: join(SHOTS, '0-workbench.png') });
  for (const [i, c] of CASES.entries()) {
    try {
      await runCase(page, c, i);
      passed++;
      console.log(`ok - ui ${c.path}: ${c.code} squiggle and Problems row, "${c.fix}" applied, saved, diagnostic gone`);
    } catch (e) {
      failed++;
      console.log(`not ok - ui ${c.path}: ${step}: ${e.message.split('\n')[0]}`);
      log(`${c.path}: ${e.stack ?? e.message}`);
      await page.screenshot({ path: join(SHOTS, `${i + 1}-${c.path.split('/').at(-1)}-failure.png`) }).catch(() => {});
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
} catch (e) {
  failed = CASES.length - passed;
  console.log(`not ok - ui workbench: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
summary();
process.exit(failed ? 1 : 0);
