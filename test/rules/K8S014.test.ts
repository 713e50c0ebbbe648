import { rule } from '../../server/src/rules/kubernetes/K8S014-windows-host-process';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [...validContainerCases('hostProcess false', 'name: a\nimage: a:1\nsecurityContext:\n  windowsOptions:\n    hostProcess: false\n    runAsUserName: ContainerUser')],
  invalid: [
    ...containerCases({
      name: 'container hostProcess', container: 'name: a\nimage: a:1\nsecurityContext:\n  windowsOptions:\n    runAsUserName: "NT AUTHORITY\\\\SYSTEM"\n    hostProcess: true',
      lines: [6], fixed: 'name: a\nimage: a:1\nsecurityContext:\n  windowsOptions:\n    runAsUserName: "NT AUTHORITY\\\\SYSTEM"',
    }),
    ...containerCases({
      name: 'pod hostProcess, the only option: set to false', container: 'name: a\nimage: a:1', pod: 'securityContext:\n  windowsOptions:\n    hostProcess: true',
      lines: [-3], fixed: 'name: a\nimage: a:1', fixedPod: 'securityContext:\n  windowsOptions:\n    hostProcess: false',
    }),
  ],
});
