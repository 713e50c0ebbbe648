// `serviceAccount` is the deprecated alias of `serviceAccountName`.
import { isScalar, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { removePairLines, replaceNode } from '../../engine/yaml/edit';
import { fixList } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S042',
  title: 'Deprecated serviceAccount field',
  kind: 'kubernetes',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['kube-linter:deprecated-service-account-field'],
  check(model, report) {
    for (const pod of model.pods) {
      const old = pairOf(pod.spec, 'serviceAccount');
      if (!old || !isScalar(old.value)) continue;
      const current = pairOf(pod.spec, 'serviceAccountName');
      const same = current && isScalar(current.value) && current.value.value === old.value.value;
      const edit = !current ? replaceNode(model.file, old.key as Node, 'serviceAccountName')
        : same ? removePairLines(model.file, pod.spec, old) : undefined;
      report({
        range: keyRange(model.file.lines, old),
        message: current && !same
          ? `${describeObject(pod.object)} sets the deprecated \`serviceAccount\` and a different \`serviceAccountName\`: the API uses \`serviceAccountName\`. Remove \`serviceAccount\`.`
          : `${describeObject(pod.object)} uses the deprecated \`serviceAccount\` field: write \`serviceAccountName\`.`,
        fixes: fixList(current ? 'Remove the deprecated serviceAccount' : 'Rename to serviceAccountName', edit && [edit]),
      });
    }
  },
};
