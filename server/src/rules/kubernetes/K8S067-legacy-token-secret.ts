// A Secret of type service-account-token: a token that never expires.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { annotationsOf } from './objects';

export const rule: KubernetesRule = {
  id: 'K8S067',
  title: 'Long-lived service account token Secret',
  kind: 'kubernetes',
  severity: 'info',
  category: 'secrets',
  fixable: false,
  references: [],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind !== 'Secret' || stringAt(object.map, 'type') !== 'kubernetes.io/service-account-token') continue;
      const account = stringAt(annotationsOf(object), 'kubernetes.io/service-account.name');
      report({
        range: nodeRange(model.file.lines, pairOf(object.map, 'type')!.value),
        message: `${describeObject(object)} asks for a legacy token${account ? ` for service account \`${account}\`` : ''}: it never expires and works from anywhere until the Secret is deleted. Pods get short-lived projected tokens by themselves; for outside use, request one with \`kubectl create token\` or the TokenRequest API.`,
      });
    }
  },
};
