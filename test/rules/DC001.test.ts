import { rule } from '../../server/src/rules/compose/DC001-privileged';
import { ruleTester } from '../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'privileged: false', code: 'services:\n  app:\n    image: app:1\n    privileged: false\n' },
    { name: 'no privileged key; detected by content under another name', path: 'stack.yml', code: 'services:\n  app:\n    image: app:1\n' },
    { name: 'quoted "true" is a string, not privileged', code: 'services:\n  app:\n    image: app:1\n    labels:\n      privileged: "true"\n' },
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
  ],
});
