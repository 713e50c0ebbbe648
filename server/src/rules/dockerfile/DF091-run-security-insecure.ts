// RUN --security=insecure: the step runs without the build sandbox (like --privileged).
import type { DockerfileRule } from '../rule';
import { runFlags } from '../../engine/dockerfile/runs';

export const rule: DockerfileRule = {
  id: 'DF091',
  title: 'RUN --security=insecure',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  references: [],
  check(model, report) {
    for (const flag of runFlags(model, 'security', 'insecure')) {
      report({
        range: flag.range,
        message: '`--security=insecure` runs this step as a privileged container with full access to the build host\'s devices and kernel. Find a way without it, and never grant the `security.insecure` entitlement to untrusted builds.',
      });
    }
  },
};
