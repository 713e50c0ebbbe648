// YAML edit builders on the cases rule tests rarely reach.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, pairOf } from '../../server/src/engine/yaml/document';
import { detectStyle, replaceNode } from '../../server/src/engine/yaml/edit';
import { applyEdits } from '../helpers/fixes';
import type { Node } from 'yaml';
import fc from 'fast-check';

/** The file's style read the plain way (split the lines, a regex per line): what detectStyle does in one pass. */
function styleByLines(text: string) {
  const counts = new Map<number, number>();
  let flush = 0, indented = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /^( *)(- +)?[^\s#-][^:#]*:\s*(#.*)?$/.exec(lines[i]);
    if (!m) continue;
    const parent = m[1].length + (m[2]?.length ?? 0);
    let j = i + 1;
    while (j < lines.length && /^\s*(#.*)?$/.test(lines[j])) j++;
    const child = /^( *)(-( |$))?/.exec(lines[j] ?? '')!;
    const col = child[1].length;
    if (child[2]) { if (col === parent) flush++; else if (col > parent) indented++; }
    if (col > parent) counts.set(col - parent, (counts.get(col - parent) ?? 0) + 1);
  }
  let unit = 2, best = 0;
  for (const [u, n] of counts) if ((u === 2 || u === 4) && n > best) { unit = u; best = n; }
  return { unit, flushSequences: flush > indented };
}

describe('YAML edits', () => {
  it('replacing an empty value keeps a space after the colon (found by the property test)', () => {
    const text = 'securityContext:\n  runAsNonRoot:\n  privileged: false\n';
    const file = parseYaml(text);
    const context = pairOf(file.documents[0].contents, 'securityContext')!.value;
    const edit = replaceNode(file, pairOf(context, 'runAsNonRoot')!.value as Node, 'true');
    assert.equal(applyEdits(text, [edit]), 'securityContext:\n  runAsNonRoot: true\n  privileged: false\n');
  });
  it('replacing a value keeps everything around it', () => {
    const text = 'a: "x" # note\n';
    const file = parseYaml(text);
    assert.equal(applyEdits(text, [replaceNode(file, pairOf(file.documents[0].contents, 'a')!.value as Node, "'y'")]), "a: 'y' # note\n");
  });
  it('style detection reads the lines as splitting them would (any line breaks, comments, odd white space)', () => {
    const line = fc.constantFrom('a:', '  b:', '- c:', '  - d', '-', '- ', '    e: 1', '# c', '  # x: ', 'k: # note', '\u2028', '\t', ' ', '', 'x:\u00a0', 'y: "#"', '\r', 'key:   ', '    - f:', '  -  z:');
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
      const text = lines.join(eol);
      assert.deepEqual(detectStyle(text), styleByLines(text));
    }), { numRuns: 3000 });
  });
});
