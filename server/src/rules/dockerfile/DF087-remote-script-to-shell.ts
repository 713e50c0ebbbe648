// A script downloaded and run in one go (`curl … | sh`, `sh -c "$(curl …)"`,
// `bash <(curl …)`): whatever the server returns today is executed, unverified.
import type { DockerfileRule } from '../rule';
import { invocationsOf } from '../../engine/dockerfile/invocations';
import { invocation, type Invocation } from '../../engine/dockerfile/commands';
import { wordRange } from '../../engine/dockerfile/shellEdit';
import type { Command } from '../../engine/dockerfile/shell';

const FETCHERS = new Set(['curl', 'wget']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'eval', 'source', '.']);
const INTERPRETERS = /^(python\d*(\.\d+)?|perl|ruby|node|php)$/;

/** A command that executes code it reads from stdin or from its arguments. */
function runsCode(inv: Invocation, fromStdin: boolean): boolean {
  if (SHELLS.has(inv.name)) return true;
  if (!INTERPRETERS.test(inv.name)) return false;
  const args = inv.argv.slice(1).filter((w) => w.text !== '-' && !w.text.startsWith('-'));
  return fromStdin ? args.length === 0 : true;
}

export const rule: DockerfileRule = {
  id: 'DF087',
  title: 'Downloaded script piped into a shell',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: [],
  check(model, report) {
    const reported = new Set<Command>();
    for (const { inv: fetch } of invocationsOf(model, ...FETCHERS)) {
      const cmd = fetch.command;
      if (!FETCHERS.has(fetch.name)) continue;
      let runner: Invocation | undefined;
      const pipe = cmd.pipeline.commands;
      for (const later of pipe.slice(pipe.indexOf(cmd) + 1)) {
        const inv = invocation(later);
        if (runsCode(inv, true)) { runner = inv; break; }
      }
      if (!runner && cmd.host) {
        const inv = invocation(cmd.host);
        if (runsCode(inv, false)) runner = inv;
      }
      if (!runner || reported.has(runner.command)) continue;
      reported.add(runner.command);
      report({
        range: wordRange(model, runner.argv[0] ?? cmd.words[0]),
        message: `\`${runner.name}\` runs a script fetched by \`${invocation(cmd).name}\` without checking it: whoever controls that URL controls the build. Download to a file, verify a pinned checksum or signature (\`sha256sum -c\`), then run it.`,
      });
    }
  },
};
