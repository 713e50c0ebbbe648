// `apt` is the interactive front end; its output and behaviour are not stable for scripts.
import type { DockerfileRule } from '../rule';
import { shellSteps } from '../../engine/dockerfile/runs';
import { packageCalls } from '../../engine/dockerfile/packages';
import { wordRange } from '../../engine/dockerfile/shellEdit';

/** apt actions that apt-get has under the same name. */
const SAME = new Set(['install', 'update', 'upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove', 'clean', 'autoclean', 'source', 'build-dep', 'satisfy', 'download', 'changelog']);

export const rule: DockerfileRule = {
  id: 'DF080',
  title: 'apt used instead of apt-get',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3027', 'checkov:CKV_DOCKER_9', 'semgrep:prefer-apt-get'],
  check(model, report) {
    for (const { call } of packageCalls(shellSteps(model))) {
      if (call.manager !== 'apt') continue;
      const word = call.inv.argv[0];
      const fixable = SAME.has(call.action) && model.text.slice(word.end - 3, word.end) === 'apt';
      report({
        range: wordRange(model, word),
        message: `\`apt${call.action ? ` ${call.action}` : ''}\` is meant for people at a terminal and warns that its interface may change; scripts should use \`apt-get\`${call.action === 'list' || call.action === 'search' || call.action === 'show' ? ' or `apt-cache`' : ''}.`,
        fixes: fixable ? [{ title: 'Use apt-get', edits: [{ range: model.lines.range(word.end, word.end), newText: '-get' }] }] : [],
      });
    }
  },
};
