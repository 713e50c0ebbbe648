import { rule } from '../../server/src/rules/compose/DC002-cap-drop-all';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'cap_drop: [ALL]', code: service('    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n') },
    { name: 'lower case and CAP_ prefix', code: service('    cap_drop:\n      - cap_all\n') },
    { name: 'from a merged anchor', code: 'x-hard: &hard\n  cap_drop: [ALL]\nservices:\n  app:\n    <<: *hard\n    image: app:1\n' },
    { name: 'from the extended service', code: 'services:\n  base:\n    image: app:1\n    cap_drop: [ALL]\n  child:\n    extends: {service: base}\n' },
    { name: 'extends another file: not judged', code: 'services:\n  child:\n    extends: {file: common.yml, service: base}\n' },
  ],
  invalid: [
    {
      name: 'no cap_drop: added in the file\'s (indented) sequence style',
      code: 'services:\n  app:\n    image: app:1\n    ports:\n      - "127.0.0.1:80:80"\n',
      lines: [2],
      output: 'services:\n  app:\n    image: app:1\n    ports:\n      - "127.0.0.1:80:80"\n    cap_drop:\n      - ALL\n',
    },
    {
      name: 'flush sequences and 4-space indent are kept',
      code: 'services:\n    app:\n        image: app:1\n        volumes:\n        - data:/data\n',
      lines: [2],
      output: 'services:\n    app:\n        image: app:1\n        volumes:\n        - data:/data\n        cap_drop:\n        - ALL\n',
    },
    {
      name: 'flow-style service',
      code: 'services:\n  app: {image: app:1}\n',
      lines: [2],
      output: 'services:\n  app: {image: app:1, cap_drop: [ALL]}\n',
    },
    {
      name: 'cap_drop without ALL: ALL is appended (flow list)',
      code: service('    cap_drop: [NET_RAW]\n'),
      lines: [4],
      output: service('    cap_drop: [NET_RAW, ALL]\n'),
    },
    {
      name: 'cap_drop in an anchor: appended there, one finding for both services',
      code: 'x-base: &base\n  cap_drop:\n    - NET_RAW\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n',
      lines: [2],
      message: /^Services `a` and `b` do not drop/,
      output: 'x-base: &base\n  cap_drop:\n    - NET_RAW\n    - ALL\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service('    cap_drop: [ALL]\n'), service('', 'other')),
      lines: [7],
      output: twoDocuments(service('    cap_drop: [ALL]\n'), service('    cap_drop:\n      - ALL\n', 'other')),
    },
  ],
});
