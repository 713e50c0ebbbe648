// One named volume mounted by several services.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import type { Service } from '../../engine/compose/model';
import { mountsOf, type Mount } from './volumes';

export const rule: ComposeRule = {
  id: 'DC030',
  title: 'Named volume shared by several services',
  kind: 'compose',
  severity: 'off',
  category: 'isolation',
  fixable: false,
  references: ['kics:8c978947-0ff6-485c-b0c2-0bfca6026466'],
  check(model, report) {
    for (const document of model.documents) {
      const users = new Map<string, { service: Service; mount: Mount }[]>();
      for (const service of document.services) {
        for (const mount of mountsOf(model, service)) {
          if (mount.type !== 'volume' || !mount.source) continue;
          const list = users.get(mount.source) ?? [];
          if (!list.some((u) => u.service === service)) list.push({ service, mount });
          users.set(mount.source, list);
        }
      }
      const reported = new Set<unknown>();
      for (const [volume, list] of users) {
        if (list.length < 2) continue;
        for (const { service, mount } of list) {
          if (reported.has(mount.node)) continue;
          reported.add(mount.node);
          const others = list.filter((u) => u.service !== service).map((u) => `\`${u.service.name}\``).join(', ');
          report({
            range: nodeRange(model.file.lines, mount.node),
            message: `Service \`${service.name}\` shares volume \`${volume}\` with ${others}${mount.readOnly ? '' : ', writable'}: a compromise of one can tamper with what the others read.`,
          });
        }
      }
    }
  },
};
