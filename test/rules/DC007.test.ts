import { rule } from '../../server/src/rules/compose/DC007-userns-host';
import { ruleTester } from '../helpers/ruleTester';
import { hostNamespaceCases } from '../helpers/composeCases';

ruleTester(rule, hostNamespaceCases('userns_mode', '""'));
