import { rule } from '../../server/src/rules/compose/DC018-read-only';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'read_only: true', code: service('    read_only: true\n') },
    { name: 'from a merged anchor', code: 'x-ro: &ro\n  read_only: true\nservices:\n  app:\n    <<: *ro\n    image: app:1\n' },
  ],
  invalid: [
    {
      name: 'absent: read_only and a /tmp tmpfs are added',
      code: service('    restart: always\n'),
      lines: [2],
      output: service('    restart: always\n    read_only: true\n    tmpfs: "/tmp:noexec,nosuid"\n'),
    },
    {
      name: 'read_only: false with a tmpfs already: only the value changes',
      code: service('    read_only: false # for now\n    tmpfs: [/run]\n'),
      lines: [4],
      output: service('    read_only: true # for now\n    tmpfs: [/run]\n'),
    },
    {
      name: 'a volume at /tmp counts as scratch space',
      code: service('    volumes:\n      - scratch:/tmp\n'),
      lines: [2],
      output: service('    volumes:\n      - scratch:/tmp\n    read_only: true\n'),
    },
    {
      name: 'false in an anchor: set there',
      code: 'x-rw: &rw\n  read_only: false\nservices:\n  a:\n    <<: *rw\n    image: a:1\n',
      lines: [2],
      output: 'x-rw: &rw\n  read_only: true\nservices:\n  a:\n    <<: *rw\n    image: a:1\n',
    },
    {
      name: 'multi-document file',
      code: twoDocuments(service('    read_only: true\n'), 'services:\n  b: {image: b:1}\n'),
      lines: [7],
      output: twoDocuments(service('    read_only: true\n'), 'services:\n  b: {image: b:1, read_only: true, tmpfs: "/tmp:noexec,nosuid"}\n'),
    },
  ],
});
