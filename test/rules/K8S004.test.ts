import { rule } from '../../server/src/rules/kubernetes/K8S004-privileged';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('privileged: false', 'name: a\nimage: a:1\nsecurityContext:\n  privileged: false'),
    ...validContainerCases('no securityContext', 'name: a\nimage: a:1'),
  ],
  invalid: [
    ...containerCases({
      name: 'privileged: true',
      container: 'name: a\nimage: a:1\nsecurityContext:\n  privileged: true # needs /dev',
      lines: [4],
      message: /is privileged/,
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  privileged: false # needs /dev',
    }),
  ],
});
