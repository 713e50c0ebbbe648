// The top-level `version` key, which Compose v2 ignores and warns about.
import type { ComposeRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import { removeEntry } from './edits';

export const rule: ComposeRule = {
  id: 'DC035',
  title: 'Obsolete version key',
  kind: 'compose',
  severity: 'hint',
  category: 'hygiene',
  fixable: true,
  references: ['dclint:no-version-field'],
  check(model, report) {
    for (const document of model.documents) {
      const entry = model.entry(document.root, 'version');
      if (!entry || entry.shared) continue;
      const edit = document.root.items.length > 1 ? removeEntry(model.file, entry) : undefined;
      report({
        range: keyRange(model.file.lines, entry.pair),
        message: 'The top-level `version` is obsolete: Compose v2 ignores it (and warns), and it does not select a file format.',
        fixes: edit ? [{ title: 'Remove version', edits: [edit] }] : [],
      });
    }
  },
};
