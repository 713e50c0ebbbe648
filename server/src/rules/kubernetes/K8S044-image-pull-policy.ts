// imagePullPolicy not Always for an image pinned only by tag.
import { isScalar, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, nodeRange, pairOf } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { replaceNode, setPath } from '../../engine/yaml/edit';
import { fixList } from './securityContext';
import { containerImage } from './images';

export const rule: KubernetesRule = {
  id: 'K8S044',
  title: 'imagePullPolicy is not Always',
  kind: 'kubernetes',
  severity: 'off',
  category: 'supply-chain',
  fixable: true,
  references: ['checkov:CKV_K8S_15', 'polaris:pullPolicyNotAlways'],
  check(model, report) {
    for (const container of model.containers) {
      const ref = containerImage(container)?.ref;
      if (!ref || ref.digest) continue; // a digest pins the content: any policy is fine
      const pair = pairOf(container.map, 'imagePullPolicy');
      const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
      if (value === 'Always' || (!pair && (isPartialContainer(model, container) || !ref.tag || ref.tag === 'latest'))) continue; // untagged and :latest default to Always
      const edits = pair && isScalar(pair.value) ? [replaceNode(model.file, pair.value as Node, 'Always')]
        : setPath(model.file, container.map, ['imagePullPolicy'], 'Always', model.style);
      report({
        range: pair ? keyRange(model.file.lines, pair) : nodeRange(model.file.lines, pairOf(container.map, 'image')!.value),
        message: `The ${describeContainer(container)} ${pair ? `sets \`imagePullPolicy: ${String(value)}\`` : 'defaults to `imagePullPolicy: IfNotPresent`'}: a node keeps whatever it cached under that tag, and any pod can use an image another pod pulled with credentials. Set \`Always\` (or pin a digest).`,
        fixes: fixList('Set imagePullPolicy: Always', edits),
      });
    }
  },
};
