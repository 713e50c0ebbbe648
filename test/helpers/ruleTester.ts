// Table tests for one rule: valid cases report nothing; invalid cases report
// exactly the listed findings, and each fix yields the expected text and keeps
// the fix promises (see checkFix).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AnyRule } from '../../server/src/rules/rule';
import { RULES_BY_ID } from '../../server/src/engine';
import { checkFix, findingsOf } from './fixes';

export interface ValidCase {
  name: string; path?: string; code: string;
  /** The build context's .dockerignore text; null: none; omitted: unknown (as in the browser). */
  dockerignore?: string | null;
}
export interface InvalidCase extends ValidCase {
  /** 1-based line of each finding of this rule, in order. */
  lines: number[];
  /** Text after applying the first fix of the first finding; null when the rule offers no fix here. */
  output: string | null;
  message?: RegExp;
}

const DEFAULT_PATH: Record<AnyRule['kind'], string> = { dockerfile: 'Dockerfile', kubernetes: 'manifest.yaml', compose: 'compose.yaml' };

export function ruleTester(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id} ${rule.title}`, () => {
    it('is registered; references are spelled tool:id', () => {
      assert.equal(RULES_BY_ID.get(rule.id), rule);
      for (const ref of rule.references) assert.match(ref, /^[a-z][a-z-]*:\S+$/);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = findingsOf(c.code, c.path ?? DEFAULT_PATH[rule.kind], c.dockerignore).filter((f) => f.ruleId === rule.id);
        assert.deepEqual(found.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const path = c.path ?? DEFAULT_PATH[rule.kind];
        const found = findingsOf(c.code, path, c.dockerignore).filter((f) => f.ruleId === rule.id);
        assert.deepEqual(found.map((f) => f.range.start.line + 1), c.lines);
        if (c.message) for (const f of found) assert.match(f.message, c.message);
        const fix = found[0].fixes[0];
        if (c.output === null) { assert.equal(fix, undefined); return; }
        assert.ok(fix, 'expected a fix');
        assert.equal(checkFix(c.code, path, found[0], fix, undefined, c.dockerignore), c.output);
        for (const f of found.slice(1)) for (const other of f.fixes) checkFix(c.code, path, f, other, undefined, c.dockerignore);
      });
    }
  });
}
