// `container_name` used twice in a file (by services that can run together), or not a name Docker accepts.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { text } from './sites';
import { Claims } from '../../engine/compose/model';

const VALID = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export const rule: ComposeRule = {
  id: 'DC033',
  title: 'Container name duplicated or invalid',
  kind: 'compose',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['dclint:no-duplicate-container-names', 'dclint:service-container-name-regex'],
  check(model, report) {
    for (const document of model.documents) {
      const owners = new Claims();
      const seen = new Set<unknown>();
      for (const service of document.services) {
        const entry = model.effective(service, 'container_name');
        const name = text(entry?.value);
        if (!entry || name === undefined || seen.has(entry.value)) continue;
        seen.add(entry.value);
        const range = nodeRange(model.file.lines, entry.value);
        if (!name.includes('$') && !VALID.test(name)) {
          report({ range, message: `Service \`${service.name}\` has container name \`${name}\`, which Docker rejects: names start with a letter or digit and use only letters, digits, \`_\`, \`.\` and \`-\`.` });
        } else {
          const owner = owners.rival([name], service);
          if (owner) report({ range, message: `Service \`${service.name}\` has container name \`${name}\`, already used by \`${owner.name}\`: the second container cannot be created.` });
          else owners.take(name, service);
        }
      }
    }
  },
};
