import { rule } from '../../server/src/rules/compose/DC001-privileged';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

const ANCHORED = 'x-base: &base\n  privileged: true # debug\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: web:1\n  worker:\n    <<: [*base]\n    image: worker:1\n';

ruleTester(rule, {
  valid: [
    { name: 'privileged: false', code: service('    privileged: false\n') },
    { name: 'no privileged key; detected by content under another name', path: 'stack.yml', code: 'services:\n  app:\n    image: app:1\n' },
    { name: 'quoted "true" is a string, not privileged', code: service('    labels:\n      privileged: "true"\n') },
    { name: 'an unused anchor is not a service', code: 'x-debug: &debug\n  privileged: true\nservices:\n  app:\n    image: app:1\n' },
    { name: 'the service overrides the merged value', code: 'x-base: &base\n  privileged: true\nservices:\n  app:\n    <<: *base\n    privileged: false\n' },
  ],
  invalid: [
    {
      name: 'privileged with a trailing comment: the line goes',
      code: '# stack\nservices:\n  app:\n    image: app:1\n    privileged: true # for debugging\n    ports:\n      - "127.0.0.1:8080:8080"\n',
      lines: [5],
      output: '# stack\nservices:\n  app:\n    image: app:1\n    ports:\n      - "127.0.0.1:8080:8080"\n',
    },
    {
      name: 'docker-compose.yml name, 4-space indent, two services',
      path: 'docker-compose.yml',
      code: 'version: "3.8"\nservices:\n    web:\n        privileged: true\n        image: web:1\n    worker:\n        image: worker:1\n        privileged: true\n',
      lines: [4, 8],
      output: 'version: "3.8"\nservices:\n    web:\n        image: web:1\n    worker:\n        image: worker:1\n        privileged: true\n',
    },
    {
      name: 'the only key of a service: set to false rather than leave the service empty',
      code: 'services:\n  app:\n    privileged: true\n',
      lines: [3],
      output: 'services:\n  app:\n    privileged: false\n',
    },
    {
      name: 'flow-style service',
      code: 'services:\n  app: {image: "app:1", privileged: true}\n',
      lines: [2],
      output: 'services:\n  app: {image: "app:1", privileged: false}\n',
    },
    {
      name: 'merged from an anchor by two services (single and list merge): one finding at the anchor, one edit there',
      code: ANCHORED,
      lines: [2],
      message: /^Services `web` and `worker` run privileged/,
      output: ANCHORED.replace('  privileged: true # debug\n', ''),
    },
    {
      name: 'inherited through extends: reported once, at the base',
      code: 'services:\n  base:\n    image: app:1\n    privileged: true\n  child:\n    extends: base\n',
      lines: [4],
      message: /^Services `base` and `child`/,
      output: 'services:\n  base:\n    image: app:1\n  child:\n    extends: base\n',
    },
    {
      name: 'an aliased service shares the map',
      code: 'services:\n  a: &svc\n    image: app:1\n    privileged: true\n  b: *svc\n',
      lines: [4],
      message: /^Services `a` and `b`/,
      output: 'services:\n  a: &svc\n    image: app:1\n  b: *svc\n',
    },
    {
      name: 'multi-document file: each document is read',
      code: twoDocuments(service(''), service('    privileged: true\n', 'other')),
      lines: [8],
      output: twoDocuments(service(''), service('', 'other')),
    },
  ],
});
