// ADD for plain local files: COPY does the same without ADD's URL fetching and
// archive unpacking.
import type { DockerfileRule } from '../rule';
import { allInstructions, flagsOf } from '../../engine/dockerfile/instructions';
import { addSources } from './add';

/** Flags only ADD understands: with them, ADD cannot become COPY. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export const rule: DockerfileRule = {
  id: 'DF034',
  title: 'ADD used for local files',
  kind: 'dockerfile',
  severity: 'info',
  category: 'supply-chain',
  fixable: true,
  references: ['hadolint:DL3020', 'trivy:DS-0005', 'checkov:CKV_DOCKER_4', 'semgrep:prefer-copy-over-add', 'cis-docker:4.9'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'ADD') continue;
      const sources = addSources(model, l);
      if (sources.length === 0 || !sources.every((s) => s.kind === 'local' || s.kind === 'heredoc')) continue;
      if (flagsOf(l.inst).some((f) => ADD_ONLY_FLAGS.has(f.getName()))) continue;
      const keyword = l.inst.getInstructionRange();
      const word = l.inst.getInstruction();
      report({
        range: keyword,
        message: 'ADD copies local files here; use COPY, which does not fetch URLs or unpack archives behind your back.',
        fixes: [{ title: 'Replace ADD with COPY', edits: [{ range: keyword, newText: word === word.toLowerCase() ? 'copy' : 'COPY' }] }],
      });
    }
  },
};
