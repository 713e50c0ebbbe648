// Image from Docker Hub (no registry host, or docker.io): pulled from outside the organisation's control.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { containerImage } from './images';

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** The registry host of an image name, or undefined for the implicit Docker Hub. */
export function registryOf(name: string): string | undefined {
  const slash = name.indexOf('/');
  if (slash < 0) return undefined;
  const first = name.slice(0, slash);
  return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}

export const rule: KubernetesRule = {
  id: 'K8S045',
  title: 'Image from a public registry',
  kind: 'kubernetes',
  severity: 'off',
  category: 'supply-chain',
  fixable: false,
  references: ['trivy:KSV-0125', 'trivy:KSV-0034'],
  check(model, report) {
    for (const container of model.containers) {
      const { image, ref } = containerImage(container) ?? {};
      if (!ref) continue;
      const registry = registryOf(ref.name);
      if (registry !== undefined && !DOCKER_HUB.has(registry.toLowerCase())) continue;
      report({
        range: nodeRange(model.file.lines, pairOf(container.map, 'image')!.value),
        message: `The ${describeContainer(container)} pulls \`${image}\` from Docker Hub${registry ? '' : ' (no registry named)'}: anyone can publish there, names are easy to typo-squat, and pulls are rate-limited. Mirror the image into a registry you control.`,
      });
    }
  },
};
