// The root filesystem is writable: no `read_only: true`.
import type { ComposeRule } from '../rule';
import type { Node } from 'yaml';
import { keyRange } from '../../engine/yaml/document';
import { addToMap, replaceNode } from '../../engine/yaml/edit';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import { mountsOf } from './volumes';
import { describeServices, isTrue, sites, verb } from './sites';

/** The scratch space `read_only` services usually need, mounted without exec and setuid. */
export const TMP = '/tmp:noexec,nosuid';

function hasTmp(model: ComposeModel, service: Service): boolean {
  return model.effective(service, 'tmpfs') !== undefined || mountsOf(model, service).some((m) => m.target === '/tmp');
}

export const rule: ComposeRule = {
  id: 'DC018',
  title: 'Root filesystem is writable',
  kind: 'compose',
  severity: 'off',
  category: 'isolation',
  fixable: true,
  references: ['semgrep:writable-filesystem-service', 'cis-docker:5.13'],
  check(model, report) {
    const found = sites<Entry | undefined>(report, (services, entry) => {
      const service = services[0];
      const tmp = services.every((s) => !hasTmp(model, s));
      const edits = entry && !entry.shared ? [replaceNode(model.file, entry.value as Node, 'true'), ...tmp ? addToMap(model.file, service.map, { tmpfs: TMP }, model.style) : []]
        : entry ? [replaceNode(model.file, entry.value as Node, 'true')]
        : addToMap(model.file, service.map, { read_only: true, ...tmp ? { tmpfs: TMP } : {} }, model.style);
      return {
        range: keyRange(model.file.lines, entry?.pair ?? service.pair),
        message: `${describeServices(services)} ${verb(services, 'has', 'have')} a writable root filesystem: an intruder can change binaries and configuration or drop tools. Set \`read_only: true\` and give writable paths a tmpfs or a volume.`,
        fixes: [{ title: tmp ? 'Set read_only: true with a /tmp tmpfs' : 'Set read_only: true', edits }],
      };
    });
    for (const service of model.services) {
      const entry = model.effective(service, 'read_only');
      if (isTrue(entry?.value)) continue;
      if (entry) found.add(entry.pair, service, entry);
      else if (!service.extendsUnseen) found.add(service.map, service, undefined);
    }
    found.flush();
  },
};
