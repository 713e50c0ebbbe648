// Shared by the FROM / stage rules: flags, external base images, stage references.
import type { Flag, Instruction } from 'dockerfile-ast';
import type { Range } from '../../engine/types';
import type { DockerfileModel, Stage } from '../../engine/dockerfile/model';
import { parseImageRef, type ImageRef } from '../../engine/dockerfile/images';

export function flagsOf(inst: Instruction): Flag[] {
  const withFlags = inst as unknown as { getFlags?: () => Flag[] };
  return withFlags.getFlags ? withFlags.getFlags() : [];
}

/** The image a stage pulls from a registry: not an earlier stage, not `scratch`, ARGs resolved. */
export function externalImage(stage: Stage): string | undefined {
  if (stage.parent || stage.image === undefined || stage.image === '') return undefined;
  return stage.image.toLowerCase() === 'scratch' ? undefined : stage.image;
}

/** Every stage that pulls an external image, with the image parsed. */
export function externalImages(model: DockerfileModel): { stage: Stage; image: string; ref: ImageRef }[] {
  return model.stages.flatMap((stage) => {
    const image = externalImage(stage);
    return image === undefined ? [] : [{ stage, image, ref: parseImageRef(image) }];
  });
}

export function imageRange(stage: Stage): Range {
  return stage.from.getImageRange() ?? stage.from.getRange();
}

/** `FROM node:22` as written, or `FROM ${BASE}` (`node:22`) when ARGs were expanded. */
export function imageLabel(stage: Stage): string {
  const raw = stage.from.getImage() ?? '';
  return raw === stage.image || stage.image === undefined ? `\`${raw}\`` : `\`${raw}\` (\`${stage.image}\`)`;
}

export function stageLabel(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `${stage.index + 1}`;
}

/** The stage a `--from` value names: a stage name (any case) or index, among all stages. */
export function stageNamed(model: DockerfileModel, ref: string): Stage | undefined {
  const key = ref.toLowerCase();
  return model.stages.find((s) => s.name === key) ?? (/^\d+$/.test(key) ? model.stages[Number(key)] : undefined);
}

/** A value that can only be an image reference, not a stage name. */
export function looksLikeImage(ref: string): boolean {
  return /[:/@.]/.test(ref);
}

/** Edit distance, for "did you mean" hints on short names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined, bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}
