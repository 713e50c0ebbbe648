// dockerfile-ast's answers are computed once per instruction (engine/dockerfile/answers.ts):
// repeated calls must answer the same, and callers that change what they get must not change it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Argument, Copy, Heredoc, Onbuild, Variable } from 'dockerfile-ast';
import { parseDockerfile } from '../../server/src/engine/dockerfile/model';

const TEXT = [
  'ARG BASE=node:20',
  'FROM ${BASE} AS build',
  'ENV APP_HOME=/app PATH=$APP_HOME/bin:$PATH',
  'COPY --from=deps --chown=1000:1000 /src /app',
  'RUN <<EOF',
  'npm ci',
  'EOF',
  'ONBUILD RUN echo $APP_HOME',
  '',
].join('\n');

// Two of the memoized methods are private or protected in the library's typings.
interface Answering { getKeyword(): string; getRawArguments(): Argument[]; getVariables(): Variable[]; getHeredocs(): Heredoc[] }

describe('dockerfile-ast answers, memoized', () => {
  const model = parseDockerfile(TEXT);
  const instructions = model.stages.flatMap((s) => s.instructions) as unknown as Answering[];
  const byKeyword = (k: string) => instructions.find((i) => i.getKeyword() === k)!;

  it('answer the same on every call', () => {
    for (const inst of instructions) {
      assert.deepEqual(inst.getRawArguments().map((a) => a.getValue()), inst.getRawArguments().map((a) => a.getValue()));
      assert.deepEqual(inst.getVariables().map((v) => v.getName()), inst.getVariables().map((v) => v.getName()));
      assert.equal(inst.getKeyword(), inst.getKeyword());
    }
    assert.deepEqual(byKeyword('ENV').getVariables().map((v) => v.getName()), ['APP_HOME', 'PATH']);
  });

  it('hand out copies of lists, so a caller that shifts from one does not change the next', () => {
    const copy = byKeyword('COPY') as unknown as Copy;
    const raw = () => (copy as unknown as Answering).getRawArguments();
    const first = raw();
    first.length = 0;
    assert.equal(raw().length, 4);
    // getArguments() shifts the flags off the raw list it gets: twice in a row gives the same answer.
    assert.deepEqual(copy.getArguments().map((a) => a.getValue()), ['/src', '/app']);
    assert.deepEqual(copy.getArguments().map((a) => a.getValue()), ['/src', '/app']);
    assert.deepEqual(copy.getFlags().map((f) => f.getName()), ['from', 'chown']);
  });

  it('keep heredocs and ONBUILD triggers', () => {
    const run = byKeyword('RUN');
    assert.deepEqual(run.getHeredocs().map((h) => h.getName()), ['EOF']);
    const onbuild = byKeyword('ONBUILD') as unknown as Onbuild;
    assert.equal(onbuild.getTriggerInstruction(), onbuild.getTriggerInstruction());
    assert.equal(onbuild.getTriggerInstruction()?.getKeyword(), 'RUN');
  });
});
