import { rule } from '../../server/src/rules/kubernetes/K8S007-host-port';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [...validContainerCases('containerPort only, hostPort 0', 'name: a\nimage: a:1\nports:\n  - containerPort: 8080\n    hostPort: 0')],
  invalid: [
    ...containerCases({
      name: 'hostPort on its own line is removed',
      container: 'name: a\nimage: a:1\nports:\n  - containerPort: 8080\n    hostPort: 80',
      lines: [5], message: /binds host port 80/,
      fixed: 'name: a\nimage: a:1\nports:\n  - containerPort: 8080',
    }),
    ...containerCases({
      name: 'hostPort first in its item, and in flow style: set to 0',
      container: 'name: a\nimage: a:1\nports:\n  - hostPort: 80\n    containerPort: 80\n  - {containerPort: 443, hostPort: 443}',
      lines: [4, 6],
      fixed: 'name: a\nimage: a:1\nports:\n  - hostPort: 0\n    containerPort: 80\n  - {containerPort: 443, hostPort: 443}',
    }),
  ],
});
