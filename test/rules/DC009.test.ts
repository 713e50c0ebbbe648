import { rule } from '../../server/src/rules/compose/DC009-shared-namespace';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const pair = (extra: string) => `services:\n  vpn:\n    image: vpn:1\n  app:\n    image: app:1\n${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'own namespaces', code: pair('    network_mode: bridge\n    pid: private\n') },
    { name: 'host mode is another rule', code: pair('    network_mode: host\n') },
  ],
  invalid: [
    { name: 'network of another service', code: pair('    network_mode: service:vpn\n'), lines: [6], message: /network namespace of service `vpn`/, output: null },
    { name: 'pid and ipc of a container', code: pair('    pid: container:debugger\n    ipc: "service:vpn"\n'), lines: [6, 7], message: /(process|IPC) namespace/, output: null },
    { name: 'through a merge key', code: 'x-via: &via\n  network_mode: service:vpn\nservices:\n  vpn:\n    image: vpn:1\n  a:\n    <<: *via\n  b:\n    <<: *via\n', lines: [2], message: /^Services `a` and `b` join/, output: null },
    { name: 'multi-document file', code: twoDocuments(pair(''), pair('    network_mode: service:vpn\n')), lines: [12], output: null },
  ],
});
