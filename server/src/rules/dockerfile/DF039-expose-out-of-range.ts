// EXPOSE of a port number above 65535: not a port.
import type { DockerfileRule } from '../rule';
import { forEachPort } from './expose';

export const rule: DockerfileRule = {
  id: 'DF039',
  title: 'Exposed port out of range',
  kind: 'dockerfile',
  severity: 'error',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3011', 'trivy:DS-0008', 'semgrep:invalid-port'],
  check(model, report) {
    forEachPort(model, (port) => {
      if (port.hi <= 65535 && port.lo <= port.hi) return;
      report({
        range: port.word.range,
        message: port.lo > port.hi
          ? `\`${port.value}\` is a port range that ends before it starts.`
          : `\`${port.value}\` is not a valid port: ports go from 0 to 65535.`,
      });
    });
  },
};
