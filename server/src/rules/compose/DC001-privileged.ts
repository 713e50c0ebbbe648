// A Compose service with `privileged: true`.
import type { ComposeRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { removePairLines, replaceNode } from '../../engine/yaml/edit';
import type { Node } from 'yaml';

export const rule: ComposeRule = {
  id: 'DC001',
  title: 'Service runs privileged',
  kind: 'compose',
  severity: 'error',
  category: 'privilege',
  fixable: true,
  references: ['kics:ae5b6871-7f45-42e0-bb4c-ab300c4d2026', 'semgrep:privileged-service', 'cis-docker:5.5'],
  check(model, report) {
    for (const service of model.services) {
      const pair = pairOf(service.map, 'privileged');
      if (!pair || (pair.value as { value?: unknown } | null)?.value !== true) continue;
      const edit = removePairLines(model.file, service.map, pair) ?? replaceNode(model.file, pair.value as Node, 'false');
      report({
        range: keyRange(model.file.lines, pair),
        message: `Service \`${service.name}\` runs privileged: it gets every capability and all host devices, so a compromise of the container is a compromise of the host.`,
        fixes: [{ title: 'Remove privileged: true', edits: [edit] }],
      });
    }
  },
};
