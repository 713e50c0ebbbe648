import { rule } from '../../server/src/rules/compose/DC015-seccomp-unconfined';
import { ruleTester } from '../helpers/ruleTester';
import { disabledConfinementCases } from '../helpers/composeCases';

ruleTester(rule, disabledConfinementCases('seccomp:unconfined', 'seccomp:./profile.json'));
