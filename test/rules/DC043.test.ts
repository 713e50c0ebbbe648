import { rule } from '../../server/src/rules/compose/DC043-systempaths-unconfined';
import { ruleTester } from '../helpers/ruleTester';
import { disabledConfinementCases } from '../helpers/composeCases';

ruleTester(rule, disabledConfinementCases('systempaths:unconfined', 'apparmor:docker-default'));
