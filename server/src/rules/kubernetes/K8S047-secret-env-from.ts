// envFrom a whole Secret: every key becomes an environment variable.
import { isMap } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, seqAt, stringAt } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S047',
  title: 'Whole Secret loaded into environment variables',
  kind: 'kubernetes',
  severity: 'info',
  category: 'secrets',
  fixable: false,
  references: ['checkov:CKV_K8S_35', 'kube-linter:read-secret-from-env-var', 'kubesec:SecretsAsEnvironmentVariables'],
  check(model, report) {
    for (const container of model.containers) {
      for (const source of seqAt(container.map, 'envFrom')?.items ?? []) {
        const pair = isMap(source) ? pairOf(source, 'secretRef') : undefined;
        if (!pair) continue;
        const name = stringAt(mapAt(source, 'secretRef'), 'name');
        report({
          range: keyRange(model.file.lines, pair),
          message: `The ${describeContainer(container)} loads every key of Secret \`${name ?? '?'}\` into its environment: child processes inherit them, crash reports and debug endpoints print them, and keys added later come along. Mount the Secret as files, or pick single keys with \`secretKeyRef\`.`,
        });
      }
    }
  },
};
