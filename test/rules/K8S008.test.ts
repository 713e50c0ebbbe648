import { rule } from '../../server/src/rules/kubernetes/K8S008-probe-host';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [...validContainerCases('probe without host, empty host', 'name: a\nimage: a:1\nlivenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\nreadinessProbe:\n  tcpSocket:\n    port: 8080\n    host: ""')],
  invalid: [
    ...containerCases({
      name: 'liveness httpGet host and preStop tcpSocket host',
      container: 'name: a\nimage: a:1\nlivenessProbe:\n  httpGet:\n    host: 169.254.169.254\n    path: /latest/meta-data\n    port: 80\nlifecycle:\n  preStop:\n    tcpSocket:\n      port: 22\n      host: db.internal',
      lines: [5, 12], message: /connects to `169.254.169.254`|connects to `db.internal`/,
      fixed: 'name: a\nimage: a:1\nlivenessProbe:\n  httpGet:\n    path: /latest/meta-data\n    port: 80\nlifecycle:\n  preStop:\n    tcpSocket:\n      port: 22\n      host: db.internal',
    }),
  ],
});
