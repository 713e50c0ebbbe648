// HEALTHCHECK NONE as the final word of an image: it switches off a check the
// base image provides.
import type { DockerfileRule } from '../rule';
import { lastInChain } from './runtime';

export const rule: DockerfileRule = {
  id: 'DF043',
  title: 'HEALTHCHECK NONE in the final image',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: false,
  references: [],
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.isFinal) continue;
      const last = lastInChain(stage, 'HEALTHCHECK');
      const sub = last?.getArguments()[0];
      if (!last || sub?.getValue().toUpperCase() !== 'NONE') continue;
      report({
        range: sub.getRange(),
        message: '`HEALTHCHECK NONE` turns off the health check the base image defines, so Docker will not notice a hung container. Replace it with a check for this image, or drop it if none was inherited.',
      });
    }
  },
};
