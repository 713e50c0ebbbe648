// FROM an image outside Docker Hub's official images and well-known vendor base images.
import type { DockerfileRule } from '../rule';
import { parseImageRef } from '../../engine/dockerfile/images';
import { externalImages, imageLabel, imageRange } from './stageRefs';

/** Registry paths of vendor-maintained base images, accepted besides Docker Hub official images. */
export const WELL_KNOWN_BASES = [
  'gcr.io/distroless/', 'mcr.microsoft.com/', 'cgr.dev/chainguard/', 'registry.access.redhat.com/', 'registry.redhat.io/',
  'public.ecr.aws/docker/library/', 'public.ecr.aws/amazonlinux/', 'registry.k8s.io/', 'dhi.io/',
];
const DOCKER_HUB = new Set([undefined, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);

export function isTrustedBase(image: string): boolean {
  const ref = parseImageRef(image);
  if (DOCKER_HUB.has(ref.registry)) return !ref.path.includes('/') || ref.path.startsWith('library/');
  const full = `${ref.registry}/${ref.path}`;
  return WELL_KNOWN_BASES.some((prefix) => full.startsWith(prefix));
}

export const rule: DockerfileRule = {
  id: 'DF005',
  title: 'Base image from an unvetted source',
  kind: 'dockerfile',
  severity: 'off',
  category: 'supply-chain',
  fixable: false,
  references: ['hadolint:DL3026', 'cis-docker:4.2'],
  check(model, report) {
    for (const { stage, image } of externalImages(model)) {
      if (isTrustedBase(image)) continue;
      report({
        range: imageRange(stage),
        message: `${imageLabel(stage)} is neither a Docker Hub official image nor a well-known vendor base image. Make sure its publisher and registry are ones you trust, or suppress this for your own registry.`,
      });
    }
  },
};
