// Image not pinned by digest: a tag can be moved to other content.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { containerImage } from './images';

export const rule: KubernetesRule = {
  id: 'K8S043',
  title: 'Image not pinned by digest',
  kind: 'kubernetes',
  severity: 'off',
  category: 'supply-chain',
  fixable: false,
  references: ['checkov:CKV_K8S_43'],
  check(model, report) {
    for (const container of model.containers) {
      const { image, ref } = containerImage(container) ?? {};
      // No tag at all is K8S023's finding.
      if (!ref || ref.digest || !ref.tag || ref.tag === 'latest') continue;
      report({
        range: nodeRange(model.file.lines, pairOf(container.map, 'image')!.value),
        message: `The ${describeContainer(container)} pulls \`${image}\` by tag only: whoever controls the registry can move the tag to other content. Pin the digest (\`${ref.name}:${ref.tag}@sha256:…\`).`,
      });
    }
  },
};
