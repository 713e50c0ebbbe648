import { rule } from '../../server/src/rules/compose/DC039-unsafe-sysctl';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'safe sysctls, map and list form', code: service('    sysctls:\n      net.ipv4.ip_local_port_range: "1024 65000"\n  b:\n    image: b:1\n    sysctls:\n      - net.ipv4.tcp_syncookies=1\n      - kernel/shm_rmid_forced=1\n') },
  ],
  invalid: [
    { name: 'map form', code: service('    sysctls:\n      net.ipv4.ip_forward: 1\n      net.core.somaxconn: 1024\n'), lines: [5, 6], message: /sysctl `net\.(ipv4\.ip_forward|core\.somaxconn)`/, output: null },
    { name: 'list form', code: service('    sysctls:\n      - net.ipv4.conf.all.src_valid_mark=1\n'), lines: [5], output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    sysctls: {kernel.msgmax: 65536}\n', 'b')), lines: [8], output: null },
  ],
});
