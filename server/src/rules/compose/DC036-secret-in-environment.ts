// A credential written into `environment` as a literal value.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { composeSecretReason, environmentOf, type EnvVar } from './environment';
import { moveToSecretFix } from './secrets';
import { describeServices, sites, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC036',
  title: 'Secret value in the environment',
  kind: 'compose',
  severity: 'warning',
  category: 'secrets',
  fixable: true,
  references: [],
  check(model, report) {
    const found = sites<{ v: EnvVar; reason: string }>(report, (services, { v, reason }) => {
      // The fix edits the service whose own `environment` holds the variable (never a shared anchor).
      const owner = v.shared ? undefined : services.find((s) => model.entry(s.map, 'environment') === v.entry);
      const fix = owner && moveToSecretFix(model, owner, v);
      return {
        range: nodeRange(model.file.lines, v.node),
        message: `${describeServices(services)} ${verb(services, 'sets', 'set')} \`${v.name}\` to a literal value, and ${reason}: it is readable in the file, its history and \`docker inspect\`. Use a Compose secret (a file mounted under /run/secrets).`,
        fixes: fix ? [fix] : [],
      };
    });
    for (const service of model.services) {
      for (const v of environmentOf(model, service)) {
        const reason = composeSecretReason(v.name, v.value);
        if (reason) found.add(v.node, service, { v, reason });
      }
    }
    found.flush();
  },
};
