import { rule } from '../../server/src/rules/kubernetes/K8S010-selinux-options';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [...validContainerCases('allowed types and a level', 'name: a\nimage: a:1\nsecurityContext:\n  seLinuxOptions:\n    type: container_engine_t\n    level: "s0:c123,c456"', 'securityContext:\n  seLinuxOptions:\n    type: container_init_t')],
  invalid: [
    ...containerCases({
      name: 'spc_t type and a user', container: 'name: a\nimage: a:1\nsecurityContext:\n  seLinuxOptions:\n    type: spc_t\n    user: system_u',
      lines: [5, 6], fixed: null,
    }),
    ...containerCases({ name: 'pod role', container: 'name: a\nimage: a:1', pod: 'securityContext:\n  seLinuxOptions:\n    role: sysadm_r', lines: [-3], fixed: null, message: /SELinux role/ }),
  ],
});
