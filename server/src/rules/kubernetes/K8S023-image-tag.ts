// Image with no tag or the `latest` tag: what runs changes without the manifest changing.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf, stringAt } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { parseImage } from './images';

export const rule: KubernetesRule = {
  id: 'K8S023',
  title: 'Image tag missing or latest',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: ['trivy:KSV-0013', 'checkov:CKV_K8S_14', 'kube-linter:latest-tag', 'polaris:tagNotSpecified'],
  check(model, report) {
    for (const container of model.containers) {
      const image = stringAt(container.map, 'image');
      const ref = image === undefined ? undefined : parseImage(image);
      if (!ref || ref.digest || (ref.tag && ref.tag !== 'latest')) continue;
      report({
        range: nodeRange(model.file.lines, pairOf(container.map, 'image')!.value),
        message: `The ${describeContainer(container)} uses \`${image}\`${ref.tag ? '' : ', which means :latest'}: each node may pull a different image, and a rollback does not roll it back. Pin a version tag or a digest.`,
      });
    }
  },
};
