// `build.privileged: true` or insecure `build.entitlements`: the image build runs with host powers.
import type { ComposeRule } from '../rule';
import type { Node } from 'yaml';
import { keyRange, nodeRange } from '../../engine/yaml/document';
import type { Entry } from '../../engine/compose/model';
import { removeEntry, removeItems } from './edits';
import { settingAt } from './missingSetting';
import { describeServices, isTrue, scalarItems, sites } from './sites';

const RISKY = new Set(['security.insecure', 'network.host']);

export const rule: ComposeRule = {
  id: 'DC042',
  title: 'Build runs privileged or with insecure entitlements',
  kind: 'compose',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: [],
  check(model, report) {
    const found = sites<{ entry: Entry; item?: { node: Node; value: string } }>(report, (services, { entry, item }) => {
      const who = describeServices(services);
      if (!item) {
        const edit = removeEntry(model.file, entry, 'false');
        return {
          range: keyRange(model.file.lines, entry.pair),
          message: `${who}: \`build.privileged: true\` runs the build's RUN steps with every capability: a malicious dependency in the build owns the build host.`,
          fixes: edit ? [{ title: 'Remove build.privileged', edits: [edit] }] : [],
        };
      }
      const edits = removeItems(model.file, entry, [item.node]);
      return {
        range: nodeRange(model.file.lines, item.node),
        message: `${who}: build entitlement \`${item.value}\` ${item.value === 'network.host' ? 'gives build steps the host network' : 'lets build steps run without sandboxing'}: a malicious dependency in the build reaches the build host.`,
        fixes: edits ? [{ title: `Remove ${item.value}`, edits }] : [],
      };
    });
    for (const service of model.services) {
      const privileged = settingAt(model, service, 'build.privileged');
      if (privileged && isTrue(privileged.value)) found.add(privileged.pair, service, { entry: privileged });
      const entitlements = settingAt(model, service, 'build.entitlements');
      for (const item of entitlements ? scalarItems(model, entitlements.value) : []) {
        if (RISKY.has(item.value.trim())) found.add(item.node, service, { entry: entitlements!, item });
      }
    }
    found.flush();
  },
};
