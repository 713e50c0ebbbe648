// The RUN shell reader: commands, words with offsets, pipelines, heredocs, flags, forms.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lexShell } from '../../server/src/engine/dockerfile/shell';
import { invocation } from '../../server/src/engine/dockerfile/commands';
import { packageCall } from '../../server/src/engine/dockerfile/packages';
import { parseDockerfile } from '../../server/src/engine/dockerfile/model';
import { runSteps } from '../../server/src/engine/dockerfile/runs';

const argvs = (src: string, dockerfile = true) => lexShell(src, 0, src.length, '\\', dockerfile).commands.map((c) => c.words.map((w) => w.text).join(' '));

describe('shell lexer', () => {
  it('splits on && || ; | & and keeps pipelines', () => {
    const s = lexShell('a 1 && b | c || d; e & f', 0, 24);
    assert.deepEqual(s.commands.map((c) => c.words[0].text), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(s.pipelines.map((p) => [p.commands.length, p.next]), [[1, '&&'], [2, '||'], [1, ';'], [1, '&'], [1, '']]);
  });
  it('removes quotes and escapes, marks expansions, keeps offsets', () => {
    const src = `echo "a b" 'c d' e\\ f $HOME "\${X:-y}"`;
    const [cmd] = lexShell(src, 0, src.length).commands;
    assert.deepEqual(cmd.words.map((w) => w.text), ['echo', 'a b', 'c d', 'e f', '$HOME', '${X:-y}']);
    assert.deepEqual(cmd.words.map((w) => w.dynamic), [false, false, false, false, true, true]);
    assert.equal(src.slice(cmd.words[2].start, cmd.words[2].end), "'c d'");
  });
  it('joins Dockerfile continuations and drops comment lines inside them', () => {
    assert.deepEqual(argvs('apt-get install -y \\\n  # the tools\n  curl \\  \n  git'), ['apt-get install -y curl git']);
  });
  it('a comment on a continued line swallows the joined line', () => {
    assert.deepEqual(argvs('echo a # note \\\n  b && c'), ['echo a']);
  });
  it('reads assignments, redirects and wrappers', () => {
    const [cmd] = lexShell('DEBIAN_FRONTEND=noninteractive sudo -E apt-get install -y x > /log 2>&1', 0, 71).commands;
    assert.deepEqual(cmd.assignments.map((w) => w.text), ['DEBIAN_FRONTEND=noninteractive']);
    assert.deepEqual(cmd.redirects.map((w) => w.text), ['/log', '1']);
    const inv = invocation(cmd);
    assert.equal(inv.name, 'apt-get');
    assert.deepEqual(inv.wrappers.map((w) => w.text), ['sudo']);
  });
  it('reads commands inside $(…), backticks, <(…), subshells and groups', () => {
    const s = lexShell('echo $(curl -k u | sh) `wget x` && (cd /x && make) || { echo no; exit 1; }; bash <(curl -s y)', 0, 93);
    const names = s.commands.map((c) => c.words[0].text);
    assert.deepEqual(names, ['echo', 'curl', 'sh', 'wget', 'cd', 'make', 'echo', 'exit', 'bash', 'curl']);
    assert.equal(s.commands[1].host?.words[0].text, 'echo');
    assert.equal(s.commands[9].host?.words[0].text, 'bash');
    assert.equal(s.commands[4].host, undefined);
  });
  it('skips control keywords, for headers and case patterns', () => {
    assert.deepEqual(argvs('if [ -f x ]; then a; else b; fi; for i in 1 2; do c $i; done; case "$v" in x|y) d ;; *) e ;; esac; f', false),
      ['[ -f x ]', 'a', 'b', 'c $i', 'd', 'e', 'f']);
  });
  it('script mode: newlines separate commands, heredoc bodies are scripts or data', () => {
    const src = 'cat > /etc/x <<EOF\nsudo not-a-command\nEOF\nbash <<-X\n\tsudo real\n\tX\nlast';
    assert.deepEqual(argvs(src, false), ['cat', 'bash', 'sudo real', 'last']);
  });
  it('does not loop or throw on unterminated input', () => {
    for (const src of ['echo "abc', "echo 'a", 'echo $(a', 'echo `a', 'x <<EOF\nno end', 'echo ${a', 'a && ', '| a', '))((']) {
      assert.doesNotThrow(() => lexShell(src, 0, src.length));
    }
  });
});

describe('RUN steps', () => {
  it('heredoc RUN: several heredocs on one line, bare <<EOF is the script', () => {
    const text = 'FROM alpine:3.20\nRUN <<A cat > /a && <<B sh\nsudo data\nA\nsudo code\nB\nRUN <<EOF\napk add curl\nEOF\n';
    const steps = runSteps(parseDockerfile(text));
    assert.deepEqual(steps.map((s) => s.script.commands.map((c) => c.words.map((w) => w.text).join(' '))), [['cat', 'sh', 'sudo code'], ['apk add curl']]);
  });
  it('flags, exec form, ONBUILD, lower-case and Windows stages', () => {
    const text = 'FROM debian:12\nrun --mount=type=cache,target=/var/cache/apt --network=host apt-get update\nRUN ["sudo", "x"]\nONBUILD RUN sudo y\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n';
    const steps = runSteps(parseDockerfile(text));
    assert.deepEqual(steps.map((s) => [s.flags.map((f) => f.name).join(','), s.exec, s.onbuild, s.posix]),
      [['mount,network', false, false, true], ['', true, false, true], ['', false, true, true], ['', false, false, false]]);
    assert.deepEqual(steps[1].script.commands[0].words.map((w) => w.text), ['sudo', 'x']);
    assert.equal(text.slice(steps[2].script.commands[0].words[0].start, steps[2].script.commands[0].words[0].end), 'sudo');
  });
  it('SHELL powershell and # escape=` are not POSIX', () => {
    assert.equal(runSteps(parseDockerfile('FROM x\nSHELL ["pwsh", "-Command"]\nRUN dir\n'))[0].posix, false);
    assert.equal(runSteps(parseDockerfile('# escape=`\nFROM x\nRUN dir\n'))[0].posix, false);
  });
  it('is computed once per model', () => {
    const model = parseDockerfile('FROM x\nRUN a\n');
    assert.equal(runSteps(model), runSteps(model));
  });
});

describe('package calls', () => {
  const call = (src: string) => packageCall(invocation(lexShell(src, 0, src.length).commands[0]))!;
  it('apt-get with options, values and $VAR packages', () => {
    const c = call('apt-get -o Dpkg::Options::=--force-confnew install -yqq --no-install-recommends -t bookworm-backports $PKGS curl=8.1');
    assert.equal(c.action, 'install');
    assert.deepEqual(c.operands.map((w) => w.text), ['$PKGS', 'curl=8.1']);
  });
  it('python -m pip, pip3.12, uv pip', () => {
    assert.equal(call('python3 -m pip install --no-cache-dir -r req.txt flask').manager, 'pip');
    assert.deepEqual(call('pip3.12 install -r req.txt flask').operands.map((w) => w.text), ['flask']);
    assert.equal(call('uv pip install x').action, 'install');
  });
});
