// A credential written into the manifest as an env var's literal value.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf, seqAt, stringAt, type YamlMap } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { replacePair } from '../../engine/yaml/edit';
import { secretReason } from './secrets';

export const rule: KubernetesRule = {
  id: 'K8S026',
  title: 'Secret value in an environment variable',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'secrets',
  fixable: true,
  references: ['kube-linter:env-var-secret', 'polaris:sensitiveContainerEnvVar'],
  check(model, report) {
    for (const container of model.containers) {
      for (const item of seqAt(container.map, 'env')?.items ?? []) {
        if (!isMap(item)) continue;
        const name = stringAt(item, 'name');
        const valuePair = pairOf(item, 'value');
        if (!name || !valuePair || !isScalar(valuePair.value)) continue;
        const reason = secretReason(name, String(valuePair.value.value ?? ''));
        if (!reason) continue;
        const secretName = `${container.name === '(unnamed)' ? 'app' : container.name}-secrets`;
        const key = name.toLowerCase().replace(/_/g, '-');
        report({
          range: keyRange(model.file.lines, valuePair),
          message: `The ${describeContainer(container)} sets \`${name}\` to a literal value, and ${reason}: it is readable by anyone who can read the manifest, the workload or its history. Reference a Secret instead.`,
          fixes: [{
            title: `Read ${name} from Secret \`${secretName}\` (create it outside the manifest)`,
            edits: [replacePair(model.file, item as YamlMap, valuePair, { valueFrom: { secretKeyRef: { name: secretName, key } } }, model.style)],
          }],
        });
      }
    }
  },
};
