// FROM built from ARGs whose defaults give an empty or invalid image reference.
import type { DockerfileRule } from '../rule';
import { expandVariables } from '../../engine/dockerfile/variables';
import { imageRange } from './stageRefs';
import { declaredGlobalArgs, PLATFORM_ARGS } from './fromArgs';

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*(?::[0-9]+)?/)';
const REFERENCE = new RegExp(`^${DOMAIN}?${COMPONENT}(?:/${COMPONENT})*(?::\\w[\\w.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`);

export function isValidReference(ref: string): boolean {
  return ref === 'scratch' || REFERENCE.test(ref);
}

export const rule: DockerfileRule = {
  id: 'DF018',
  title: 'FROM ARG defaults give an invalid image',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['buildkit:InvalidDefaultArgInFrom'],
  check(model, report) {
    const declared = declaredGlobalArgs(model);
    for (const stage of model.stages) {
      const raw = stage.from.getImage();
      const imageStart = model.lines.offset(imageRange(stage).start);
      const names = stage.from.getVariables().filter((v) => model.lines.offset(v.getRange().start) >= imageStart).map((v) => v.getName());
      if (!raw || names.length === 0 || names.some((n) => !declared.has(n) || PLATFORM_ARGS.has(n))) continue;
      const resolved = expandVariables(raw, declared, model.escape);
      if (resolved === undefined || isValidReference(resolved)) continue;
      const empty = names.filter((n) => declared.get(n) === '');
      report({
        range: imageRange(stage),
        message: `With its ARG defaults, \`${raw}\` resolves to ${resolved ? `\`${resolved}\`, which is not a valid image reference` : 'an empty image name'}; the build fails unless every --build-arg is passed.${empty.length ? ` Give ${empty.map((n) => `\`${n}\``).join(', ')} a default.` : ''}`,
      });
    }
  },
};
