// `image: postgres` or `image: postgres:latest`.
import type { ComposeRule } from '../rule';
import { nodeRange } from '../../engine/yaml/document';
import { pulledImage, type ServiceImage } from './image';
import { describeServices, sites, verb } from './sites';

export const rule: ComposeRule = {
  id: 'DC031',
  title: 'Image tag missing or latest',
  kind: 'compose',
  severity: 'info',
  category: 'supply-chain',
  fixable: false,
  references: ['dclint:service-image-require-explicit-tag', 'cis-docker:5.28'],
  check(model, report) {
    const found = sites<ServiceImage>(report, (services, image) => ({
      range: nodeRange(model.file.lines, image.entry.value),
      message: `${describeServices(services)} ${verb(services, 'runs', 'run')} \`${image.raw}\`, ${image.ref.tag ? 'the moving `latest` tag' : 'which has no tag (so `latest`)'}: every pull may bring a different image. Name a version tag.`,
    }));
    for (const service of model.services) {
      const image = pulledImage(model, service);
      if (image && !image.ref.digest && (!image.ref.tag || image.ref.tag === 'latest')) found.add(image.entry.value, service, image);
    }
    found.flush();
  },
};
