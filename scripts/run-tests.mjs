// Runs the unit, rule, corpus and protocol tests (test/**/*.test.ts) with Node's test runner.
// The E2E and in-editor suites have their own commands.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const SEPARATE = new Set(['e2e', 'vscode']);
function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return SEPARATE.has(e.name) ? [] : find(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}
const files = process.argv.length > 2 ? process.argv.slice(2) : find('test').sort();
const { status } = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(status ?? 1);
