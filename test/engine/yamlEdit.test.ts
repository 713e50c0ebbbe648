// YAML edit builders on the cases rule tests rarely reach.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, pairOf } from '../../server/src/engine/yaml/document';
import { replaceNode } from '../../server/src/engine/yaml/edit';
import { applyEdits } from '../helpers/fixes';
import type { Node } from 'yaml';

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
});
