import { rule } from '../../server/src/rules/kubernetes/K8S013-unsafe-sysctl';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [...validContainerCases('safe sysctls up to v1.37', C, 'securityContext:\n  sysctls:\n    - name: net.ipv4.tcp_syncookies\n      value: "1"\n    - name: net/ipv4/tcp_notsent_lowat\n      value: "16384"')],
  invalid: containerCases({
    name: 'kernel.msgmax and net.core.somaxconn', container: C,
    pod: 'securityContext:\n  sysctls:\n    - name: kernel.msgmax\n      value: "65536"\n    - name: net.core.somaxconn\n      value: "1024"',
    lines: [-3, -5], fixed: null, message: /not on the safe list/,
  }),
});
