// A credential passed as a build argument: it is stored in the image's history.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { isSecretName, knownSecretFormat } from '../kubernetes/secrets';
import { variablesOf, type EnvVar } from './environment';
import { settingAt } from './missingSetting';
import { describeServices, sites } from './sites';

export const rule: ComposeRule = {
  id: 'DC038',
  title: 'Secret passed as a build argument',
  kind: 'compose',
  severity: 'warning',
  category: 'secrets',
  fixable: false,
  references: [],
  check(model, report) {
    const found = sites<{ v: EnvVar; why: string }>(report, (services, { v, why }) => ({
      range: nodeRange(model.file.lines, v.node),
      message: `${describeServices(services)}: build argument \`${v.name}\` ${why}, and build arguments are kept in the image's metadata and history. Pass it with \`build.secrets\` and \`RUN --mount=type=secret\` instead.`,
    }));
    for (const service of model.services) {
      const args = settingAt(model, service, 'build.args');
      for (const v of args ? variablesOf(model, args) : []) {
        const format = v.value === undefined ? undefined : knownSecretFormat(v.value);
        const why = format ? `holds what looks like ${format}` : isSecretName(v.name) ? 'is named like a credential' : undefined;
        if (why) found.add(v.node, service, { v, why });
      }
    }
    found.flush();
  },
};
