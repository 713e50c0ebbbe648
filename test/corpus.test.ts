// The real corpus (../shared/corpus, beside the repo): every file is analysed
// without a crash, and every fix offered there keeps the fix promises.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, INTERNAL_ERROR_ID } from '../server/src/engine';
import { ALL_RULES, checkFix } from './helpers/fixes';

const CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]);
}

describe('real corpus', { skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS}` }, () => {
  for (const kind of ['dockerfile', 'k8s', 'compose']) {
    it(`${kind}: every file analysed, every fix round-trips`, () => {
      const paths = files(join(CORPUS, kind));
      assert.ok(paths.length > 100);
      let fixes = 0;
      const perRule: Record<string, number> = {};
      for (const path of paths) {
        const text = readFileSync(path, 'utf8');
        const result = analyze(text, { path, config: ALL_RULES });
        assert.ok(result.kind, `${path}: not recognised`);
        for (const f of result.findings) {
          assert.notEqual(f.ruleId, INTERNAL_ERROR_ID, `${path}: ${f.message}`);
          perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
          for (const fix of f.fixes) {
            try { checkFix(text, path, f, fix, result.findings); } catch (e) { throw new Error(`${path}: ${f.ruleId} line ${f.range.start.line + 1}: ${(e as Error).message}`); }
            fixes++;
          }
        }
      }
      console.log(`  ${kind}: ${paths.length} files, ${fixes} fixes checked, findings per rule ${JSON.stringify(perRule)}`);
    });
  }
});
