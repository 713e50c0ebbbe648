import { rule } from '../../server/src/rules/compose/DC004-network-mode-host';
import { ruleTester } from '../helpers/ruleTester';
import { hostNamespaceCases } from '../helpers/composeCases';

ruleTester(rule, hostNamespaceCases('network_mode', 'bridge'));
