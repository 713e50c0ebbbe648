import { rule } from '../../server/src/rules/compose/DC039-unsafe-sysctl';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'safe sysctls, map and list form', code: service('    sysctls:\n      net.ipv4.ip_local_port_range: "1024 65000"\n  b:\n    image: b:1\n    sysctls:\n      - net.ipv4.tcp_syncookies=1\n      - kernel/shm_rmid_forced=1\n') },
    { name: 'connection backlog and IPv6 switched off', code: service('    sysctls:\n      net.core.somaxconn: 1024\n      net.ipv6.conf.all.disable_ipv6: 1\n') },
  ],
  invalid: [
    { name: 'map form', code: service('    sysctls:\n      net.ipv4.ip_forward: 1\n      net.ipv4.conf.all.rp_filter: 0\n'), lines: [5, 6], message: /sysctl `net\.ipv4\.(ip_forward|conf\.all\.rp_filter)`/, output: null },
    { name: 'list form', code: service('    sysctls:\n      - net.ipv4.conf.all.src_valid_mark=1\n'), lines: [5], output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    sysctls: {kernel.msgmax: 65536}\n', 'b')), lines: [8], output: null },
  ],
});
