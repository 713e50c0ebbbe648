import { rule } from '../../server/src/rules/kubernetes/K8S051-host-aliases';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [...validContainerCases('none', C)],
  invalid: [...containerCases({ name: 'hostAliases', container: C, pod: 'hostAliases:\n  - ip: 10.0.0.7\n    hostnames: [db.internal]', lines: [-1], message: /hostAliases/, fixed: null })],
});
