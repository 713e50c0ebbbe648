import { rule } from '../../server/src/rules/compose/DC005-pid-host';
import { ruleTester } from '../helpers/ruleTester';
import { hostNamespaceCases } from '../helpers/composeCases';

ruleTester(rule, hostNamespaceCases('pid', 'service:db'));
