import { rule } from '../../server/src/rules/compose/DC008-uts-cgroup-host';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'private cgroup, own UTS', code: service('    cgroup: private\n    hostname: app\n') },
  ],
  invalid: [
    {
      name: 'uts: host',
      code: service('    uts: host\n    restart: always\n'),
      lines: [4], message: /UTS namespace/,
      output: service('    restart: always\n'),
    },
    {
      name: 'cgroup: host in a flow service',
      code: 'services:\n  app: {cgroup: host, image: app:1}\n',
      lines: [2], message: /cgroup namespace/,
      output: 'services:\n  app: {image: app:1}\n',
    },
    {
      name: 'both, in the second document',
      code: twoDocuments(service(''), service('    uts: host\n    cgroup: host\n', 'other')),
      lines: [8, 9],
      output: twoDocuments(service(''), service('    cgroup: host\n', 'other')),
    },
  ],
});
