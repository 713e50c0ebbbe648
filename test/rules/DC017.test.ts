import { rule } from '../../server/src/rules/compose/DC017-selinux-disabled';
import { ruleTester } from '../helpers/ruleTester';
import { disabledConfinementCases, service } from '../helpers/composeCases';

const cases = disabledConfinementCases('label:disable', 'label:type:container_t');

ruleTester(rule, {
  valid: cases.valid,
  invalid: [
    ...cases.invalid,
    {
      name: 'an unconfined SELinux type',
      code: service('    security_opt:\n      - label:type:spc_t\n      - no-new-privileges:true\n'),
      lines: [5], message: /unconfined SELinux type/,
      output: service('    security_opt:\n      - no-new-privileges:true\n'),
    },
  ],
});
