import { rule } from '../../server/src/rules/compose/DC006-ipc-host';
import { ruleTester } from '../helpers/ruleTester';
import { hostNamespaceCases } from '../helpers/composeCases';

ruleTester(rule, hostNamespaceCases('ipc', 'shareable'));
