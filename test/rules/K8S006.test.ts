import { rule } from '../../server/src/rules/kubernetes/K8S006-host-path-volume';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [...validContainerCases('emptyDir and configMap volumes', C, 'volumes:\n  - name: tmp\n    emptyDir: {}\n  - name: cfg\n    configMap:\n      name: cfg')],
  invalid: containerCases({
    name: 'hostPath volume', container: C, pod: 'volumes:\n  - name: logs\n    hostPath:\n      path: /var/log/', lines: [-3], fixed: null,
    message: /mounts the node's `\/var\/log`/,
  }),
});
