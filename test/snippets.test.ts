// Every snippet body, with its placeholders filled by their defaults, has no findings with every rule on.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, mergeConfig } from '../server/src/engine';

const ALL = mergeConfig([{ source: 'test', value: { enableAll: true } }]).config;
const FILES = { 'dockerfile.json': 'Dockerfile', 'kubernetes.json': 'manifest.yaml', 'compose.json': 'compose.yaml' };

/**
 * Findings a snippet cannot avoid, by rule id. Digest pinning (DF004, K8S043; both off by
 * default): a template's digest would be made up or go stale the day it is written, so the
 * templates pin by tag, and the Dockerfile ones carry a comment on adding the digest.
 */
const EXPECTED: Record<string, Set<string>> = { 'dockerfile.json': new Set(['DF004']), 'kubernetes.json': new Set(['K8S043']) };

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
        const unexpected = result.findings.filter((f) => !EXPECTED[file]?.has(f.ruleId));
        assert.deepEqual(unexpected.map((f) => `${f.ruleId}: ${f.message}`), []);
      });
    }
  }
});
