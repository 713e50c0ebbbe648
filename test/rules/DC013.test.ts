import { rule } from '../../server/src/rules/compose/DC013-devices';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'no devices', code: service('    group_add: [dialout]\n') },
    { name: 'empty list', code: service('    devices: []\n') },
  ],
  invalid: [
    { name: 'one per device', code: service('    devices:\n      - /dev/ttyUSB0:/dev/ttyUSB0\n      - "/dev/dri:/dev/dri:rwm"\n'), lines: [5, 6], message: /host device `\/dev\/(ttyUSB0|dri)`/, output: null },
    { name: 'shared by an anchor', code: 'x-gpu: &gpu\n  devices: [/dev/dri]\nservices:\n  a:\n    <<: *gpu\n  b:\n    <<: *gpu\n', lines: [2], message: /^Services `a` and `b` get/, output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    devices: [/dev/kvm]\n', 'b')), lines: [8], output: null },
  ],
});
