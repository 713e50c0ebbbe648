// docs/rules/<id>.md: one page per rule; its Bad example fires the rule, its Good example does not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, RULES, mergeConfig, UNUSED_SUPPRESSION_ID } from '../server/src/engine';
import { renderIndex, renderSummary } from './helpers/rulesIndex';

const DOCS = resolve(__dirname, '..', 'docs', 'rules');
const PATH_FOR = { dockerfile: 'Dockerfile', kubernetes: 'manifest.yaml', compose: 'compose.yaml' } as const;
const ALL = mergeConfig([{ source: 'test', value: { enableAll: true } }]).config;

function example(page: string, heading: string): string {
  const m = new RegExp(`## ${heading}\\n+\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(page);
  assert.ok(m, `no "## ${heading}" example`);
  return m[1];
}

/** The build context's .dockerignore a Dockerfile example runs with: a ```dockerignore block in its section; else unknown. */
function dockerignore(page: string, heading: string): string | undefined {
  const section = page.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return /```dockerignore\n([\s\S]*?)```/.exec(section)?.[1];
}

describe('rule docs', () => {
  it('the rule index and the README summary are current (npm run docs:index)', () => {
    assert.equal(readFileSync(join(DOCS, 'README.md'), 'utf8'), renderIndex());
    assert.ok(readFileSync(join(DOCS, '..', '..', 'README.md'), 'utf8').includes(renderSummary()), 'README.md rule summary is stale');
  });
  it('every page belongs to a rule or to a report of the engine', () => {
    const ids = new Set([...RULES.map((r) => r.id), UNUSED_SUPPRESSION_ID]);
    for (const file of readdirSync(DOCS).filter((f) => f !== 'README.md')) assert.ok(ids.has(file.replace(/\.md$/, '')), `${file} has no rule`);
  });
  for (const rule of RULES) {
    it(`${rule.id}: page exists, references match, Bad fires and Good does not`, () => {
      const file = join(DOCS, `${rule.id}.md`);
      assert.ok(existsSync(file), `missing ${file}`);
      const page = readFileSync(file, 'utf8');
      assert.match(page, new RegExp(`^# ${rule.id}: ${rule.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
      for (const ref of rule.references) assert.ok(page.includes(ref), `${rule.id}.md does not mention ${ref}`);
      const fired = (heading: string) => analyze(example(page, heading), { path: PATH_FOR[rule.kind], config: ALL, dockerignore: dockerignore(page, heading) })
        .findings.filter((f) => f.ruleId === rule.id).length;
      assert.ok(fired('Bad') > 0, 'Bad example does not fire');
      assert.equal(fired('Good'), 0, 'Good example fires');
    });
  }
  it(`${UNUSED_SUPPRESSION_ID}: Bad is reported and Good is not`, () => {
    const page = readFileSync(join(DOCS, `${UNUSED_SUPPRESSION_ID}.md`), 'utf8');
    const stale = (text: string) => analyze(text, { path: 'Dockerfile' }).findings.filter((f) => f.ruleId === UNUSED_SUPPRESSION_ID).length;
    assert.equal(stale(example(page, 'Bad')), 1);
    assert.equal(stale(example(page, 'Good')), 0);
  });
});
