import { rule } from '../../server/src/rules/compose/DC029-no-networks';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'networks list', code: service('    networks: [backend]\n') },
    { name: 'another service\'s network, or none', code: service('    network_mode: service:vpn\n  b:\n    image: b:1\n    network_mode: none\n') },
  ],
  invalid: [
    { name: 'no networks', code: service(''), lines: [2], message: /no `networks`/, output: null },
    { name: 'host networking also has no project network', code: service('    network_mode: host\n'), lines: [2], output: null },
    { name: 'multi-document file', code: twoDocuments(service('    networks: [a]\n'), service('', 'b')), lines: [7], output: null },
  ],
});
