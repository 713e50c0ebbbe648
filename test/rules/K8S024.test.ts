import { rule } from '../../server/src/rules/kubernetes/K8S024-sensitive-host-path';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [...validContainerCases('an application directory', C, 'volumes:\n  - name: data\n    hostPath:\n      path: /srv/data')],
  invalid: [
    ...containerCases({ name: 'docker.sock', container: C, pod: 'volumes:\n  - name: sock\n    hostPath:\n      path: /var/run/docker.sock\n      type: Socket', lines: [-3], fixed: null, message: /container runtime socket/ }),
    ...containerCases({ name: '/etc with a trailing slash', container: C, pod: 'volumes:\n  - name: etc\n    hostPath: {path: /etc/}', lines: [-3], fixed: null, message: /node's `\/etc`/ }),
  ],
});
