// The built CLI (dist/cli.js), as CI runs it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const shipshape = (args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const created: string[] = [];
after(() => { for (const dir of created) rmSync(dir, { recursive: true, force: true }); });

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  created.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const ROOT_DOCKERFILE = 'FROM debian:12\nCMD ["bash"]\n';
// Hardened but privileged: DC001 is its only finding.
const PRIVILEGED = 'services:\n  app:\n    image: a:1\n    privileged: true\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges:true]\n';

describe('shipshape rules', () => {
  it('--format json lists every rule with its metadata and references', () => {
    const { code, out } = shipshape(['rules', '--format', 'json']);
    assert.equal(code, 0);
    const rules = JSON.parse(out);
    assert.ok(rules.length >= 4);
    for (const r of rules) {
      assert.deepEqual(Object.keys(r), ['id', 'title', 'kind', 'severity', 'category', 'fixable', 'references']);
      for (const ref of r.references) assert.match(ref, /^[a-z-]+:\S+$/, `${r.id}: ${ref}`);
    }
  });
});

describe('shipshape scan', () => {
  it('examples/ as JSON: each kind found, with fixes; exit 1 for the error', () => {
    const { code, out } = shipshape(['scan', 'examples', '--format', 'json']);
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.deepEqual(Object.keys(report), ['files', 'skipped']);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    assert.deepEqual(Object.keys(byPath).sort(), ['examples/Dockerfile', 'examples/compose.yaml', 'examples/k8s/cronjob.yaml', 'examples/k8s/deployment.yaml']);
    assert.equal(byPath['examples/Dockerfile'].kind, 'dockerfile');
    assert.equal(byPath['examples/compose.yaml'].kind, 'compose');
    const finding = byPath['examples/k8s/deployment.yaml'].findings[0];
    assert.deepEqual(Object.keys(finding), ['ruleId', 'severity', 'message', 'range', 'fixes']);
    assert.equal(finding.ruleId, 'K8S001');
    assert.deepEqual(Object.keys(finding.fixes[0]), ['title', 'edits']);
    assert.deepEqual(Object.keys(finding.fixes[0].edits[0]), ['range', 'newText']);
  });

  it('--fail-on decides the exit code', () => {
    const dir = workspace({ Dockerfile: ROOT_DOCKERFILE });
    assert.equal(shipshape(['scan', dir]).code, 0, 'a warning does not fail at the default --fail-on error');
    assert.equal(shipshape(['scan', dir, '--fail-on', 'warning']).code, 1);
    assert.equal(shipshape(['scan', 'examples', '--fail-on', 'none']).code, 0);
  });

  it('text output names file:line:col, severity and rule', () => {
    const dir = workspace({ 'docker-compose.yml': PRIVILEGED });
    const { out } = shipshape(['scan', dir]);
    assert.match(out, /docker-compose\.yml:4:5: error DC001: Service `app` runs privileged.*\(fix available\)/);
    assert.match(out, /1 finding in 1 file \(1 error, 0 warning, 0 info, 0 hint\)/);
  });

  it('SARIF 2.1.0 with rules, results, regions and fixes', () => {
    const dir = workspace({ 'compose.yaml': PRIVILEGED });
    const sarif = JSON.parse(shipshape(['scan', dir, '--format', 'sarif']).out);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'DC001'));
    assert.equal(run.results.length, 1);
    assert.equal(run.results[0].level, 'error');
    assert.deepEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 4, startColumn: 5, endLine: 4, endColumn: 15 });
    assert.equal(run.results[0].fixes[0].description.text, 'Remove privileged: true');
  });

  it('.shipshape.yaml is found walking up; --config names one; both agree', () => {
    const dir = workspace({ '.shipshape.yaml': 'rules:\n  DC001: off\n', 'deploy/compose.yaml': PRIVILEGED, 'other.yaml': 'rules:\n  DC001: warning\n' });
    assert.deepEqual(JSON.parse(shipshape(['scan', dir, '--format', 'json']).out).files[0].findings, []);
    const viaFlag = JSON.parse(shipshape(['scan', join(dir, 'deploy'), '--format', 'json', '--config', join(dir, 'other.yaml')]).out);
    assert.equal(viaFlag.files[0].findings[0].severity, 'warning');
  });

  it('an invalid config is reported on stderr and the defaults are used', () => {
    const dir = workspace({ '.shipshape.yaml': 'rules:\n  DC001: loud\n', 'compose.yaml': PRIVILEGED });
    const { code, err } = shipshape(['scan', dir]);
    assert.equal(code, 1);
    assert.match(err, /config: .*\.shipshape\.yaml: rule `DC001`: `loud` is not one of error\|warning\|info\|hint\|off/);
  });

  it('skips .git and node_modules, lists skipped files with a reason', () => {
    const dir = workspace({ '.git/Dockerfile': ROOT_DOCKERFILE, 'node_modules/x/Dockerfile': ROOT_DOCKERFILE, 'chart/templates/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n' });
    const report = JSON.parse(shipshape(['scan', dir, '--format', 'json']).out);
    assert.deepEqual(report.files, []);
    assert.equal(report.skipped.length, 1);
    assert.match(report.skipped[0].reason, /template/);
  });

  it('suppressed findings: listed in JSON, in-source suppressions in SARIF; --disallow-suppressions reports them', () => {
    const dir = workspace({ 'compose.yaml': PRIVILEGED.replace('privileged: true', 'privileged: true # shipshape-ignore DC001 -- CI runner') });
    const json = shipshape(['scan', dir, '--format', 'json']);
    assert.equal(json.code, 0);
    const [file] = JSON.parse(json.out).files;
    assert.deepEqual(file.findings, []);
    assert.deepEqual(file.suppressed.map((f: { ruleId: string; suppression: unknown }) => [f.ruleId, f.suppression]), [['DC001', { scope: 'line', reason: 'CI runner' }]]);
    const [result] = JSON.parse(shipshape(['scan', dir, '--format', 'sarif']).out).runs[0].results;
    assert.deepEqual(result.suppressions, [{ kind: 'inSource', justification: 'CI runner' }]);
    const strict = shipshape(['scan', dir, '--disallow-suppressions']);
    assert.equal(strict.code, 1);
    assert.match(strict.out, /error DC001/);
  });
  it('reads the .dockerignore beside each Dockerfile; <name>.dockerignore wins', () => {
    const app = 'FROM node:22-slim\nCOPY . .\nCOPY secrets/token /run/\nCMD ["node", "server.js"]\n';
    const dir = workspace({
      'none/Dockerfile': app,
      'plain/Dockerfile': app, 'plain/.dockerignore': '.git\n.env\nsecrets\n',
      'own/api.Dockerfile': app, 'own/.dockerignore': 'secrets\n', 'own/api.Dockerfile.dockerignore': '*\n!server.js\n!secrets\n',
    });
    const report = JSON.parse(shipshape(['scan', dir, '--format', 'json']).out) as { files: { path: string; findings: { ruleId: string; message: string }[] }[] };
    const of = (name: string) => report.files.find((f) => f.path.endsWith(name))!.findings.filter((f) => /^DF06[01]$/.test(f.ruleId));
    assert.deepEqual(of('none/Dockerfile').map((f) => f.ruleId), ['DF060']);
    assert.match(of('none/Dockerfile')[0].message, /no \.dockerignore/);
    assert.deepEqual(of('plain/Dockerfile').map((f) => f.ruleId), ['DF060', 'DF061']);
    assert.match(of('plain/Dockerfile')[0].message, /does not exclude `\.env\.\*`/);
    assert.deepEqual(of('own/api.Dockerfile').map((f) => f.ruleId), [], 'the allow-list in api.Dockerfile.dockerignore applies, not .dockerignore');
  });
  it('usage errors exit 2', () => {
    assert.equal(shipshape(['scan', '--format', 'xml']).code, 2);
    assert.equal(shipshape(['lint']).code, 2);
    assert.equal(shipshape(['scan', 'no/such/path']).code, 2);
    assert.equal(shipshape(['scan', '--bogus']).code, 2);
  });
});
