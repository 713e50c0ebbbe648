import { rule } from '../../server/src/rules/compose/DC023-memory-limit';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'mem_limit (legacy files)', code: `version: "2.4"\n${service('    mem_limit: 512m\n')}` },
    { name: 'deploy.resources.limits.memory', code: service('    deploy:\n      resources:\n        limits: {memory: 1g}\n') },
    { name: 'limits merged from an anchor into deploy', code: 'x-lim: &lim\n  resources:\n    limits:\n      memory: 1g\nservices:\n  app:\n    image: a:1\n    deploy:\n      <<: *lim\n      replicas: 2\n' },
  ],
  invalid: [
    { name: 'no limit', code: service('    deploy:\n      replicas: 2\n'), lines: [2], message: /no memory limit/, output: null },
    { name: 'multi-document file', code: twoDocuments(service('    mem_limit: 1g\n'), service('', 'b')), lines: [7], output: null },
  ],
});
