// Kustomize patches are partial objects: no findings about fields they leave out.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../../server/src/engine';
import { isKustomizePatch, patchPaths } from '../../server/src/workspace/kustomize';
import { ALL_RULES } from '../helpers/fixes';

const ROOT = resolve(__dirname, '..', '..');
const PATCH = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.2.3\n          securityContext:\n            privileged: true\n';
const ids = (text: string, partial?: boolean) => analyze(text, { path: 'patch.yaml', config: ALL_RULES, partial }).findings.map((f) => f.ruleId);

const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'shipshape-kustomize-'));
  dirs.push(d);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe('Kustomize patches', () => {
  it('a partial file keeps what it sets wrong, and drops what it leaves out', () => {
    const full = ids(PATCH);
    assert.ok(full.includes('K8S016') && full.includes('K8S019') && full.includes('K8S021'), full.join());
    const partial = ids(PATCH, true);
    assert.ok(partial.includes('K8S004'), 'privileged: true is still reported');
    for (const id of ['K8S016', 'K8S017', 'K8S019', 'K8S021', 'K8S022']) assert.ok(!partial.includes(id), `${id} on a patch`);
  });

  it('a container without an image is a fragment, even without a kustomization', () => {
    const fragment = PATCH.replace('          image: web:1.2.3\n', '').replace('            privileged: true\n', '            runAsUser: 0\n');
    const found = ids(fragment);
    assert.ok(found.includes('K8S018'), found.join());
    for (const id of ['K8S001', 'K8S002', 'K8S016', 'K8S019', 'K8S021', 'K8S022']) assert.ok(!found.includes(id), `${id} on a fragment`);
  });

  it('reads patches, patchesStrategicMerge and patchesJson6902 paths', () => {
    assert.deepEqual([...patchPaths({ patches: [{ path: 'a.yaml' }, { patch: 'inline: true\n' }], patchesStrategicMerge: ['./b.yaml', 'x:\n  y: 1'], patchesJson6902: [{ path: 'c.yaml' }] })].sort(), ['a.yaml', 'b.yaml', 'c.yaml']);
    const d = dir({ 'kustomization.yaml': 'resources: [deploy.yaml]\npatches:\n  - path: patch.yaml\n', 'patch.yaml': PATCH, 'deploy.yaml': PATCH });
    assert.equal(isKustomizePatch(join(d, 'patch.yaml')), true);
    assert.equal(isKustomizePatch(join(d, 'deploy.yaml')), false);
    assert.equal(isKustomizePatch(join(dir({ 'patch.yaml': PATCH }), 'patch.yaml')), false);
  });

  it('the CLI marks listed patches partial', () => {
    const d = dir({ 'kustomization.yaml': 'patchesStrategicMerge:\n  - patch.yaml\n', 'patch.yaml': PATCH, 'deploy.yaml': PATCH });
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'scan', d, '--format', 'json', '--enable-all'], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    const of = (name: string) => report.files.find((f) => f.path.endsWith(name))!.findings.map((f) => f.ruleId);
    assert.ok(of('deploy.yaml').includes('K8S016'));
    assert.ok(!of('patch.yaml').includes('K8S016'));
    assert.ok(of('patch.yaml').includes('K8S004'));
  });
});
