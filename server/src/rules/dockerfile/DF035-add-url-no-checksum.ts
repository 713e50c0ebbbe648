// ADD of an http(s) URL without --checksum: the build trusts whatever the server
// (or anyone in between) returns.
import type { DockerfileRule } from '../rule';
import { uncheckedSources } from './add';

export const rule: DockerfileRule = {
  id: 'DF035',
  title: 'ADD of a URL without --checksum',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: [],
  check(model, report) {
    for (const s of uncheckedSources(model, 'url')) {
      report({
        range: s.word.range,
        message: `ADD downloads \`${s.value}\` without \`--checksum=sha256:…\`: a changed or tampered file goes into the image unnoticed. Add the file's SHA-256 as \`--checksum\`.`,
      });
    }
  },
};
