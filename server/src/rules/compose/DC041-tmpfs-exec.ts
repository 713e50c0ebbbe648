// A tmpfs mount without `noexec,nosuid`: a writable place to drop and run binaries.
import type { ComposeRule } from '../rule';
import { isScalar, isSeq, type Node } from 'yaml';
import { nodeRange } from '../../engine/yaml/document';
import type { TextEdit } from '../../engine/types';
import { replaceNode } from '../../engine/yaml/edit';
import { describeServices, sites, text } from './sites';

const REQUIRED = ['noexec', 'nosuid'];

export const rule: ComposeRule = {
  id: 'DC041',
  title: 'tmpfs allows executables or setuid',
  kind: 'compose',
  severity: 'info',
  category: 'isolation',
  fixable: true,
  references: [],
  check(model, report) {
    const found = sites<{ node: Node; spec: string; missing: string[]; flow: boolean }>(report, (services, { node, spec, missing, flow }) => {
      const source = model.file.text.slice(node.range![0], node.range![1]);
      const quote = /^["']/.test(source) ? 1 : 0;
      const at = node.range![1] - quote;
      const add = (spec.includes(':') ? ',' : ':') + missing.join(',');
      // A plain scalar in a flow collection cannot take a comma: quote it there.
      const edit: TextEdit | undefined = /\\/.test(source) ? undefined
        : !quote && flow ? replaceNode(model.file, node, JSON.stringify(spec + add)) : { range: model.file.lines.range(at, at), newText: add };
      return {
        range: nodeRange(model.file.lines, node),
        message: `${describeServices(services)}: tmpfs \`${spec}\` lacks ${missing.map((m) => `\`${m}\``).join(' and ')}: it is a writable place where an intruder can drop and run binaries.`,
        fixes: edit ? [{ title: `Add ${missing.join(',')}`, edits: [edit] }] : [],
      };
    });
    for (const service of model.services) {
      for (const entry of model.effectiveAll(service, 'tmpfs')) {
        const items = isSeq(entry.value) ? entry.value.items : [entry.value];
        for (const item of items) {
          const spec = text(model.resolve(item));
          if (spec === undefined || !isScalar(item)) continue;
          const options = spec.includes(':') ? spec.slice(spec.indexOf(':') + 1).split(',').map((o) => o.trim()) : [];
          const missing = REQUIRED.filter((r) => !options.includes(r) && !options.includes(r.slice(2)));
          const flow = Boolean((isSeq(entry.value) ? entry.value : entry.owner).flow);
          if (missing.length) found.add(item, service, { node: item as Node, spec, missing, flow });
        }
      }
    }
    found.flush();
  },
};
