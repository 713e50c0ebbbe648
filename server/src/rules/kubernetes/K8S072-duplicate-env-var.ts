// The same env var listed twice: the last one silently wins.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf, stringAt } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { envItems } from './objects';

export const rule: KubernetesRule = {
  id: 'K8S072',
  title: 'Environment variable set twice',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['kube-linter:duplicate-env-var'],
  check(model, report) {
    for (const container of model.containers) {
      const seen = new Set<string>();
      for (const item of envItems(container)) {
        const name = stringAt(item, 'name');
        if (name === undefined) continue;
        if (!seen.has(name)) { seen.add(name); continue; }
        report({
          range: nodeRange(model.file.lines, pairOf(item, 'name')!.value),
          message: `The ${describeContainer(container)} sets \`${name}\` more than once: only the last value takes effect, and patches or tools may pick the other. Keep one.`,
        });
      }
    }
  },
};
