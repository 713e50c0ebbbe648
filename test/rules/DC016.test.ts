import { rule } from '../../server/src/rules/compose/DC016-apparmor-unconfined';
import { ruleTester } from '../helpers/ruleTester';
import { disabledConfinementCases } from '../helpers/composeCases';

ruleTester(rule, disabledConfinementCases('apparmor:unconfined', 'apparmor:docker-default'));
