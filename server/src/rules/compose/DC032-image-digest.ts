// The image is not pinned by digest.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { pulledImage, type ServiceImage } from './image';
import { describeServices, sites, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC032',
  title: 'Image is not pinned by digest',
  kind: 'compose',
  severity: 'off',
  category: 'supply-chain',
  fixable: false,
  references: [],
  check(model, report) {
    const found = sites<ServiceImage>(report, (services, image) => ({
      range: nodeRange(model.file.lines, image.entry.value),
      message: `${describeServices(services)} ${verb(services, 'pulls', 'pull')} \`${image.raw}\` by tag: a tag can be moved to other content. Pin \`@sha256:…\` for reproducible, tamper-evident deployments.`,
    }));
    for (const service of model.services) {
      const image = pulledImage(model, service);
      if (image && !image.ref.digest) found.add(image.entry.value, service, image);
    }
    found.flush();
  },
};
