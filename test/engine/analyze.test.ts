import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, mergeConfig, RULES, INTERNAL_ERROR_ID, type Config } from '../../server/src/engine';
import type { AnyRule, DockerfileRule } from '../../server/src/rules/rule';

const ROOT_DOCKERFILE = 'FROM debian:12\nCMD ["bash"]\n';
// Hardened but privileged: DC001 is its only finding.
const PRIVILEGED = 'services:\n  app:\n    image: a:1\n    privileged: true\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges:true]\n';
const BARE_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: c:1\n';
const config = (value: unknown): Config => mergeConfig([{ source: 't', value }]).config;
const ids = (text: string, path: string, c?: Config) => analyze(text, { path, config: c }).findings.map((f) => f.ruleId);

describe('file kind detection', () => {
  const cases: [string, string, string | undefined][] = [
    ['Dockerfile', ROOT_DOCKERFILE, 'dockerfile'],
    ['Containerfile', ROOT_DOCKERFILE, 'dockerfile'],
    ['api.Dockerfile', ROOT_DOCKERFILE, 'dockerfile'],
    ['Dockerfile.prod', ROOT_DOCKERFILE, 'dockerfile'],
    ['build/app.containerfile', ROOT_DOCKERFILE, 'dockerfile'],
    ['compose.yaml', PRIVILEGED, 'compose'],
    ['docker-compose.override.yml', PRIVILEGED, 'compose'],
    ['stack.yml', PRIVILEGED, 'compose'],
    ['k8s/pod.yaml', BARE_POD, 'kubernetes'],
    ['config.yaml', 'name: x\nitems: [1, 2]\n', undefined],
    ['README.md', ROOT_DOCKERFILE, undefined],
  ];
  for (const [path, text, kind] of cases) it(`${path} → ${kind ?? 'not ours'}`, () => assert.equal(analyze(text, { path }).kind, kind));

  it('the editor language id wins over the name', () => {
    assert.equal(analyze(ROOT_DOCKERFILE, { path: 'untitled-1', languageId: 'dockerfile' }).kind, 'dockerfile');
    assert.equal(analyze(PRIVILEGED, { path: 'x.yaml', languageId: 'dockercompose' }).kind, 'compose');
  });
});

describe('configuration', () => {
  it('rule levels change severity or turn a rule off', () => {
    assert.equal(analyze(ROOT_DOCKERFILE, { path: 'Dockerfile', config: config({ rules: { DF001: 'error' } }) }).findings[0].severity, 'error');
    assert.deepEqual(ids(ROOT_DOCKERFILE, 'Dockerfile', config({ rules: { DF001: 'off' } })), []);
  });

  it('podSecurityLevel baseline turns restricted-only rules off, unless configured', () => {
    assert.deepEqual(ids(BARE_POD, 'pod.yaml', config({ kubernetes: { podSecurityLevel: 'baseline' } })), []);
    assert.deepEqual(ids(BARE_POD, 'pod.yaml', config({ kubernetes: { podSecurityLevel: 'baseline' }, rules: { K8S001: 'warning' } })), ['K8S001']);
  });

  it('invalid settings are reported and ignored; defaults stay', () => {
    const { config: c, problems } = mergeConfig([{ source: '.shipshape.yaml', value: { rules: { DF001: 'loud', NOPE1: 'off' }, maxFileSize: -1, colour: 'red' } }], new Set(RULES.map((r) => r.id)));
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems.join('\n'), /DF001.*loud/);
    assert.match(problems.join('\n'), /unknown rule id `NOPE1`/);
    assert.deepEqual(c.rules, {});
    assert.equal(c.maxFileSize, 1024 * 1024);
    assert.deepEqual(mergeConfig([{ source: 'f', value: 'just a string' }]).problems, ['f: expected a mapping of settings']);
  });

  it('later layers win', () => {
    const { config: c } = mergeConfig([{ source: 'settings', value: { rules: { DF001: 'info' } } }, { source: 'file', value: { rules: { DF001: 'hint' } } }]);
    assert.equal(c.rules.DF001, 'hint');
  });
});

describe('suppression comments', () => {
  it('next line, with a reason', () => {
    assert.deepEqual(ids('# shipshape-ignore DF001 -- base image sets its own user\nFROM debian:12\n', 'Dockerfile'), []);
  });
  it('only the named rule', () => {
    // (and the mistyped id is itself reported)
    assert.deepEqual(ids('# shipshape-ignore DF999\nFROM debian:12\n', 'Dockerfile'), ['unused-suppression', 'DF001']);
  });
  it('whole file, in YAML', () => {
    assert.deepEqual(ids(`# shipshape-ignore-file K8S001 -- legacy pod, tracked in JIRA-1\n${BARE_POD}`, 'pod.yaml'), []);
  });
  it('trailing comment on the finding line, several ids', () => {
    assert.deepEqual(ids(PRIVILEGED.replace('privileged: true', 'privileged: true # shipshape-ignore DC001,DF001 -- CI runner needs it'), 'compose.yaml'), []);
  });
  it('does not reach two lines down', () => {
    assert.deepEqual(ids('# shipshape-ignore DF001\n\nFROM debian:12\n', 'Dockerfile'), ['unused-suppression', 'DF001']);
  });
  const TWO_FINAL_STAGES = 'FROM debian:12 AS tools\nRUN true\n\nFROM alpine:3.22\nCOPY x /x\n';
  it('a stage: the stage the next line belongs to, not the others', () => {
    const at = (text: string) => analyze(text, { path: 'Dockerfile' }).findings.filter((f) => f.ruleId === 'DF001').map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
    assert.deepEqual(at(TWO_FINAL_STAGES), ['DF001@1', 'DF001@4']);
    assert.deepEqual(at(`# shipshape-ignore-stage DF001 -- tools image, run by hand\n${TWO_FINAL_STAGES}`), ['DF001@5']);
    assert.deepEqual(at(TWO_FINAL_STAGES.replace('COPY x /x', '# shipshape-ignore-stage DF001\nCOPY x /x')), ['DF001@1']);
  });
  it('a YAML document: only that one of several', () => {
    const two = `${BARE_POD}---\n# shipshape-ignore-document K8S001 -- debug pod\n${BARE_POD}`;
    const lines = analyze(two, { path: 'pods.yaml' }).findings.filter((f) => f.ruleId === 'K8S001').map((f) => f.range.start.line + 1);
    assert.deepEqual(lines, [7]);
  });
  it('suppressed findings are kept, with scope and reason, for audit', () => {
    const r = analyze('# shipshape-ignore-file DF001 -- entrypoint drops privileges\nFROM debian:12\n', { path: 'Dockerfile' });
    assert.deepEqual(r.findings, []);
    assert.deepEqual(r.suppressed?.map((f) => [f.ruleId, f.suppression]), [['DF001', { scope: 'file', reason: 'entrypoint drops privileges' }]]);
  });
  it('allowSuppressions: false makes the comments silence nothing', () => {
    assert.deepEqual(ids('# shipshape-ignore DF001\nFROM debian:12\n', 'Dockerfile', config({ allowSuppressions: false })), ['DF001']);
  });
  it('an unknown directive is not a suppression', () => {
    assert.deepEqual(ids('# shipshape-ignore-everything DF001\nFROM debian:12\n', 'Dockerfile'), ['DF001']);
  });
});

describe('isolation and bad input', () => {
  it('a rule that throws becomes one internal-error finding; the others still report', () => {
    const boom: AnyRule = { ...RULES.find((r) => r.id === 'DF001')!, id: 'DF900', check() { throw new Error('boom'); } };
    const result = analyze(ROOT_DOCKERFILE, { path: 'Dockerfile', rules: [boom, ...RULES] });
    assert.deepEqual(result.findings.map((f) => f.ruleId).sort(), ['DF001', INTERNAL_ERROR_ID]);
    assert.match(result.findings.find((f) => f.ruleId === INTERNAL_ERROR_ID)!.message, /DF900 failed.*boom/);
    // A comment for the failed rule is not called stale: the rule could not say.
    const ignored = analyze(`# shipshape-ignore DF900\n${ROOT_DOCKERFILE}`, { path: 'Dockerfile', rules: [boom, ...RULES] });
    assert.deepEqual(ignored.findings.map((f) => f.ruleId).sort(), ['DF001', INTERNAL_ERROR_ID]);
  });
  it('a fix with no edits is not offered', () => {
    const base = RULES.find((r) => r.id === 'DF001') as DockerfileRule;
    const empty: DockerfileRule = { ...base, id: 'DF901', check(_m, report) { report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, message: 'm', fixes: [{ title: 'nothing', edits: [] }] }); } };
    const [finding] = analyze(ROOT_DOCKERFILE, { path: 'Dockerfile', rules: [empty] }).findings;
    assert.deepEqual(finding.fixes, []);
  });
  it('files over the size cap are skipped with a reason', () => {
    const r = analyze(ROOT_DOCKERFILE + '#'.repeat(2000), { path: 'Dockerfile', config: config({ maxFileSize: 1000 }) });
    assert.deepEqual(r.findings, []);
    assert.match(r.skipped!, /over the 1000-byte limit/);
  });
  it('binary junk is skipped', () => {
    assert.equal(analyze('\u0000\u0001ELF\u0000'.repeat(100), { path: 'Dockerfile' }).skipped, 'binary file');
  });
  it('Helm templates are skipped quietly, quoted braces are not templates', () => {
    assert.match(analyze('apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n', { path: 'templates/pod.yaml' }).skipped!, /template/);
    assert.match(analyze('{{- if .Values.enabled }}\napiVersion: v1\n{{- end }}\n', { path: 'templates/x.yaml' }).skipped!, /template/);
    const quoted = analyze(BARE_POD.replace('name: p', 'name: p\n  annotations:\n    fmt: "{{ .Name }}"'), { path: 'pod.yaml' });
    assert.equal(quoted.skipped, undefined);
    assert.deepEqual(quoted.findings.map((f) => f.ruleId), ['K8S001']);
  });
  it('a YAML alias bomb is analysed quickly without expanding it', () => {
    let bomb = 'a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]\n';
    for (let i = 1; i < 30; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const start = Date.now();
    const r = analyze(`services:\n  app:\n    image: a:1\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges:true]\n${bomb}`, { path: 'compose.yaml' });
    assert.ok(Date.now() - start < 2000);
    assert.deepEqual(r.findings, []);
  });
  it('broken YAML gets a note; broken Dockerfile syntax does not crash', () => {
    assert.match(analyze('services: [unclosed\n', { path: 'compose.yaml' }).notes[0], /document 1 does not parse \(line \d+\)/);
    assert.doesNotThrow(() => analyze('FROM\nRUN \\\nUSER\nFROM ${\n\u00ff\u{1F600}', { path: 'Dockerfile' }));
  });
  it('findings are sorted by position, ranges are UTF-16 positions', () => {
    const text = '# ünïcödé 😀\nservices:\n  b: {privileged: true}\n  a:\n    privileged: true\n';
    const f = analyze(text, { path: 'compose.yaml' }).findings.filter((x) => x.ruleId === 'DC001');
    assert.deepEqual(f.map((x) => [x.range.start.line, x.range.start.character]), [[2, 6], [4, 4]]);
  });
});
