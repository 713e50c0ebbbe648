// A final image with no HEALTHCHECK in its stages (the base image may still have one).
import type { DockerfileRule } from '../rule';
import { stageFamily } from '../../engine/dockerfile/model';
import { lastInChain } from './runtime';

export const rule: DockerfileRule = {
  id: 'DF042',
  title: 'No HEALTHCHECK in the final image',
  kind: 'dockerfile',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3057', 'trivy:DS-0026', 'checkov:CKV_DOCKER_2', 'cis-docker:4.6'],
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.isFinal || lastInChain(stage, 'HEALTHCHECK')) continue;
      // distroless and scratch images have no shell or client to run a check with
      const family = stageFamily(stage);
      if (family === 'distroless' || family === 'scratch') continue;
      report({
        range: stage.from.getRange(),
        message: 'This image defines no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one. Add one, unless the orchestrator probes it (Kubernetes ignores HEALTHCHECK).',
      });
    }
  },
};
