// MAINTAINER is deprecated; the OCI authors label says the same and is read by tools.
import type { DockerfileRule } from '../rule';
import { allInstructions } from '../../engine/dockerfile/instructions';

export const rule: DockerfileRule = {
  id: 'DF056',
  title: 'MAINTAINER is deprecated',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL4000', 'trivy:DS-0022', 'checkov:CKV_DOCKER_6', 'semgrep:maintainer-is-deprecated', 'buildkit:MaintainerDeprecated'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'MAINTAINER') continue;
      const range = l.inst.getRange();
      const author = (l.inst.getArgumentsContent() ?? '').trim().replace(/^"(.*)"$/, '$1');
      const single = range.start.line === range.end.line && author !== '' && !author.includes('$') && !l.onbuild;
      const label = `LABEL org.opencontainers.image.authors=${JSON.stringify(author)}`;
      report({
        range: l.inst.getInstructionRange(),
        message: 'MAINTAINER is deprecated. Use `LABEL org.opencontainers.image.authors=…`, which registries and scanners read.',
        fixes: single ? [{ title: 'Use the OCI authors label', edits: [{ range, newText: label }] }] : [],
      });
    }
  },
};
