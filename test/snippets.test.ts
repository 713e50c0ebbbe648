// Every snippet body, with its placeholders filled by their defaults, has no findings with every rule on.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, mergeConfig } from '../server/src/engine';

const ALL = mergeConfig([{ source: 'test', value: { enableAll: true } }]).config;
/**
 * Rules a template cannot satisfy. DF004 (digest pinning, off by default): a digest
 * goes stale the day it is written, so the templates pin by tag and carry a comment
 * telling how to add the digest.
 */
const EXEMPT = new Set(['DF004']);
const FILES = { 'dockerfile.json': 'Dockerfile', 'kubernetes.json': 'manifest.yaml', 'compose.json': 'compose.yaml' };

/** `${1:default}` → default, `$1`/`${1}` → empty: what the editor inserts when the user accepts every default. */
function fillPlaceholders(body: string): string {
  let out = body;
  for (let previous = ''; previous !== out;) { previous = out; out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1'); }
  return out.replace(/\$\{\d+\}|\$\d+/g, '');
}

describe('snippets', () => {
  for (const [file, path] of Object.entries(FILES)) {
    const snippets = JSON.parse(readFileSync(resolve(__dirname, '..', 'snippets', file), 'utf8')) as Record<string, { body: string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      it(`${file}: ${name}`, () => {
        const result = analyze(fillPlaceholders(snippet.body.join('\n')), { path, config: ALL });
        assert.ok(result.kind, 'not recognised');
        assert.deepEqual(result.findings.filter((f) => !EXEMPT.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`), []);
      });
    }
  }
});
