// Container image references.
import { stringAt } from '../../engine/yaml/document';
import type { Container } from '../../engine/kubernetes/model';

export interface ImageRef { name: string; tag?: string; digest?: string }

/** Splits `registry:5000/repo/name:tag@sha256:…`; undefined for templated references (`$(IMAGE)`, `${TAG}`). */
export function parseImage(image: string): ImageRef | undefined {
  if (/[$%{}<>]/.test(image) || image.trim() === '') return undefined;
  const [withoutDigest, digest] = image.split('@', 2);
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', slash + 1);
  return colon < 0
    ? { name: withoutDigest, digest }
    : { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), digest };
}

/** A container's `image` string, parsed (undefined when missing or templated). */
export function containerImage(container: Container): { image: string; ref: ImageRef } | undefined {
  const image = stringAt(container.map, 'image');
  const ref = image === undefined ? undefined : parseImage(image);
  return ref && { image: image!, ref };
}
