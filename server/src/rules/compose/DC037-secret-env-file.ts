// An `env_file` whose name says it holds credentials: its variables end up in the container's environment.
import type { ComposeRule } from '../rule';
import { isMap, isSeq } from 'yaml';
import { nodeRange } from '../../engine/yaml/document';
import { describeServices, sites, text, verb } from './sites';

const SECRET_FILE = /(secret|credential|passw|token|private|api[-_.]?key)|\.(key|pem)$/i;

export const rule: ComposeRule = {
  id: 'DC037',
  title: 'Credentials passed through an env_file',
  kind: 'compose',
  severity: 'info',
  category: 'secrets',
  fixable: false,
  references: [],
  check(model, report) {
    const found = sites<{ node: unknown; path: string }>(report, (services, { node, path }) => ({
      range: nodeRange(model.file.lines, node),
      message: `${describeServices(services)} ${verb(services, 'loads', 'load')} \`${path}\` into the environment, and its name says it holds credentials: environment variables are visible to \`docker inspect\`, child processes and crash reports. Use Compose secrets for them.`,
    }));
    for (const service of model.services) {
      for (const entry of model.effectiveAll(service, 'env_file')) {
        const items = isSeq(entry.value) ? entry.value.items : [entry.value];
        for (const item of items) {
          const resolved = model.resolve(item);
          const node = isMap(resolved) ? model.entry(resolved, 'path')?.value : resolved;
          const path = text(node);
          if (path !== undefined && SECRET_FILE.test(path.replace(/^.*[\\/]/, ''))) found.add(node, service, { node, path });
        }
      }
    }
    found.flush();
  },
};
