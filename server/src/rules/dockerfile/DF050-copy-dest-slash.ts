// COPY/ADD of several sources to a destination without a trailing slash: the
// build fails, since the destination must be a directory.
import type { DockerfileRule } from '../rule';
import { stageFamily } from '../../engine/dockerfile/model';
import { allInstructions, copyPaths } from '../../engine/dockerfile/instructions';

export const rule: DockerfileRule = {
  id: 'DF050',
  title: 'COPY of several sources to a destination without a trailing slash',
  kind: 'dockerfile',
  severity: 'error',
  category: 'hygiene',
  fixable: true,
  references: ['hadolint:DL3021', 'trivy:DS-0011'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      // Windows paths end a line with the escape character, which the parser reads as a continuation.
      if ((l.keyword !== 'COPY' && l.keyword !== 'ADD') || stageFamily(l.stage) === 'windows') continue;
      const { sources, dest } = copyPaths(l.inst);
      if (sources.length < 2 || !dest || /[/\\]$/.test(dest.value) || /^\.{1,2}$/.test(dest.value) || /^\$\{?\w+\}?$/.test(dest.value)) continue;
      report({
        range: dest.range,
        message: `With ${sources.length} sources, the destination \`${dest.value}\` must be a directory ending in \`/\`; the build fails otherwise.`,
        fixes: [{ title: `Use ${dest.value}/`, edits: [{ range: { start: dest.range.end, end: dest.range.end }, newText: '/' }] }],
      });
    }
  },
};
