// Property tests: whatever the input, analyze returns (never throws), and every
// fix edit lies inside the text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/text';
import { ALL_RULES, checkFix } from '../helpers/fixes';

const EXAMPLES = resolve(__dirname, '..', '..', 'examples');
const SEEDS: [string, string][] = [
  ['Dockerfile', readFileSync(resolve(EXAMPLES, 'Dockerfile'), 'utf8')],
  ['deployment.yaml', readFileSync(resolve(EXAMPLES, 'k8s', 'deployment.yaml'), 'utf8')],
  ['cronjob.yaml', readFileSync(resolve(EXAMPLES, 'k8s', 'cronjob.yaml'), 'utf8')],
  ['compose.yaml', readFileSync(resolve(EXAMPLES, 'compose.yaml'), 'utf8')],
];
// A fixed seed keeps CI repeatable; SHIPSHAPE_FC_SEED=random explores new inputs.
const SEED = process.env.SHIPSHAPE_FC_SEED === 'random' ? Date.now() : Number(process.env.SHIPSHAPE_FC_SEED ?? 20261123);
const PIECES = ['\n', '  ', '- ', ': ', '{', '}', '[', ']', '&a ', '*a', '<<: ', '"', "'", '#', '\\\n', '<<EOF\n', 'EOF\n', 'FROM ', 'USER root\n', 'privileged: true\n', 'securityContext:\n', '---\n', '\t', '\u0000', '😀'];

function assertSane(text: string, path: string): void {
  const result = analyze(text, { path, config: ALL_RULES });
  const lines = new LineIndex(text);
  for (const f of result.findings) {
    for (const fix of f.fixes) for (const e of fix.edits) {
      assert.ok(e.range.start.line < lines.lineCount && e.range.end.line < lines.lineCount, `edit outside the text in ${path}`);
    }
  }
}

describe('robustness', () => {
  it('random text in every file kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...SEEDS.map(([p]) => p)), (text, path) => {
      assertSane(text, path);
    }), { numRuns: 400, seed: SEED });
  });

  it('mutated real files: slices cut, syntax pieces spliced in', () => {
    const mutation = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }));
    fc.assert(fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }), ([path, seed], mutations) => {
      let text = seed;
      for (const [at, cut, pieces] of mutations) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + pieces.join('') + text.slice(i + cut);
      }
      assertSane(text, path);
    }), { numRuns: 600, seed: SEED });
  });

  it('fixes keep their promises on mutated files too', () => {
    const pieces = ['\n', '  ', '- ', ': ', '#', '\\\n', 'USER root\n', 'privileged: true\n', '    securityContext:\n', '---\n', '  - name: a\n'];
    const mutation = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.array(fc.constantFrom(...pieces), { maxLength: 3 }));
    fc.assert(fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 3 }), ([path, seed], mutations) => {
      let text = seed;
      for (const [at, cut, inserted] of mutations) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + inserted.join('') + text.slice(i + cut);
      }
      for (const f of analyze(text, { path, config: ALL_RULES }).findings) for (const fix of f.fixes) checkFix(text, path, f, fix);
    }), { numRuns: 1000, seed: SEED });
  });
});
