import { rule } from '../../server/src/rules/kubernetes/K8S025-writable-host-mount';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const VOLUMES = 'volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n  - name: tmp\n    emptyDir: {}';
ruleTester(rule, {
  valid: [...validContainerCases('read-only host mount, writable emptyDir', 'name: a\nimage: a:1\nvolumeMounts:\n  - name: logs\n    mountPath: /logs\n    readOnly: true\n  - name: tmp\n    mountPath: /tmp', VOLUMES)],
  invalid: [
    ...containerCases({
      name: 'writable host mount', container: 'name: a\nimage: a:1\nvolumeMounts:\n  - name: logs\n    mountPath: /logs', pod: VOLUMES,
      lines: [4], message: /mounts the node's `\/var\/log` writable at `\/logs`/,
      fixed: 'name: a\nimage: a:1\nvolumeMounts:\n  - name: logs\n    mountPath: /logs\n    readOnly: true',
    }),
    ...containerCases({
      name: 'readOnly: false', container: 'name: a\nimage: a:1\nvolumeMounts:\n  - {name: logs, mountPath: /logs, readOnly: false}', pod: VOLUMES,
      lines: [4], fixed: 'name: a\nimage: a:1\nvolumeMounts:\n  - {name: logs, mountPath: /logs, readOnly: true}',
    }),
  ],
});
