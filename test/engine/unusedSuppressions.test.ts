// Stale `shipshape-ignore` comments: reported at a hint, with a fix that deletes them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, mergeConfig, CONFIGURABLE_IDS, UNUSED_SUPPRESSION_ID, type Config } from '../../server/src/engine';
import { applyEdits } from '../helpers/fixes';

const stale = (text: string, path = 'Dockerfile', config?: Config) => analyze(text, { path, config }).findings.filter((f) => f.ruleId === UNUSED_SUPPRESSION_ID);
const config = (value: unknown) => mergeConfig([{ source: 'test', value }], CONFIGURABLE_IDS);
const ROOT = 'FROM debian:12\nRUN apt-get update\n';
const PRIVILEGED = 'services:\n  app:\n    image: app:1\n    privileged: true\n';

describe('stale suppressions', () => {
  it('a comment that silences its finding is not reported', () => {
    assert.deepEqual(stale(`# shipshape-ignore DF001 -- drops root in its entrypoint\n${ROOT}`), []);
    assert.deepEqual(stale(`# shipshape-ignore-file\n${ROOT}`), []);
  });
  it('a comment whose finding is gone is reported, and its fix deletes the line', () => {
    const text = `# shipshape-ignore DF001 -- drops root in its entrypoint\n${ROOT}USER 10001\n`;
    const [finding, ...more] = stale(text);
    assert.equal(more.length, 0);
    assert.equal(finding.severity, 'hint');
    assert.match(finding.message, /`DF001` reports nothing where it applies/);
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: text.indexOf('\n') } });
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, `${ROOT}USER 10001\n`);
    assert.deepEqual(stale(fixed), []);
  });
  it('a trailing comment goes with the spaces before it; the line stays', () => {
    const fine = PRIVILEGED.replace('privileged: true', 'privileged: false');
    const text = fine.replace('privileged: false', 'privileged: false   # shipshape-ignore DC001');
    const [finding] = stale(text, 'compose.yaml');
    assert.equal(applyEdits(text, finding.fixes[0].edits), fine);
  });
  it('a mistyped id is reported; with a used id beside it there is no fix (the comment still works)', () => {
    assert.match(stale(`# shipshape-ignore DF999\n${ROOT}`)[0].message, /`DF999` is not a rule id/);
    const [partly] = stale(`# shipshape-ignore DF001,DF999\n${ROOT}`);
    assert.match(partly.message, /`DF999` is not a rule id/);
    assert.doesNotMatch(partly.message, /DF001/);
    assert.deepEqual(partly.fixes, []);
  });
  it('a comment for every rule that silences nothing is reported', () => {
    assert.match(stale(`FROM scratch\n# shipshape-ignore\nCOPY app /app\nUSER 10001\n`)[0].message, /silences nothing/);
  });
  it('ids of rules that did not run here are not judged: off by default, or another kind of file', () => {
    assert.deepEqual(stale(`# shipshape-ignore DF004\n${ROOT}USER 10001\n`), []); // DF004 (digest pinning) is off
    assert.deepEqual(stale(`# shipshape-ignore K8S001\n${ROOT}USER 10001\n`), []);
  });
  it('in a multi-document YAML file, per document', () => {
    const two = `${PRIVILEGED}---\n# shipshape-ignore-document DC001\n${PRIVILEGED.replace('privileged: true', 'privileged: false')}`;
    assert.equal(stale(two, 'compose.yaml').length, 1);
  });
  it('can be turned off, and stays silent when suppressions are not allowed', () => {
    const text = `# shipshape-ignore DF001\n${ROOT}USER 10001\n`;
    const off = config({ rules: { [UNUSED_SUPPRESSION_ID]: 'off' } });
    assert.deepEqual(off.problems, []);
    assert.deepEqual(stale(text, 'Dockerfile', off.config), []);
    assert.deepEqual(stale(text, 'Dockerfile', config({ allowSuppressions: false }).config), []);
  });
});
