import { rule } from '../../server/src/rules/compose/DC007-userns-host';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'not host', code: service('    userns_mode: ""\n') },
    { name: 'absent', code: service('') },
    { name: 'quoted "host" under labels is not the setting', code: service('    labels:\n      userns_mode: host\n') },
  ],
  invalid: [
    {
      name: 'the line goes, with its comment',
      code: service('    userns_mode: host # fast path\n    restart: always\n'),
      lines: [4], message: /`userns_mode: host`/,
      output: service('    restart: always\n'),
    },
    {
      name: 'flow-style service: the pair and its comma go',
      code: 'services:\n  app: {image: app:1, userns_mode: host}\n',
      lines: [2],
      output: 'services:\n  app: {image: app:1}\n',
    },
    {
      name: 'from an anchor merged by two services: one finding, one edit at the anchor',
      code: 'x-host: &host\n  userns_mode: host\n  restart: always\nservices:\n  a:\n    <<: *host\n  b:\n    <<: *host\n',
      lines: [2], message: /^Services `a` and `b` share/,
      output: 'x-host: &host\n  restart: always\nservices:\n  a:\n    <<: *host\n  b:\n    <<: *host\n',
    },
    {
      name: 'an anchor holding only the setting becomes an empty mapping',
      code: 'x-host: &host\n  userns_mode: host\nservices:\n  a:\n    <<: *host\n    image: app:1\n',
      lines: [2],
      output: 'x-host: &host\n  {}\nservices:\n  a:\n    <<: *host\n    image: app:1\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service(''), service('    userns_mode: host\n', 'other')),
      lines: [8],
      output: twoDocuments(service(''), service('', 'other')),
    },
  ],
});
