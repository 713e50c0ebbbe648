import { rule } from '../../server/src/rules/compose/DC035-obsolete-version';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [{ name: 'Compose v2 file', code: service('') }],
  invalid: [
    { name: 'legacy file', path: 'docker-compose.yml', code: `version: '3.8' # old\n${service('')}`, lines: [1], output: service('') },
    { name: 'after the services', code: `${service('')}version: "2"\n`, lines: [4], output: service('') },
    { name: 'multi-document file', code: twoDocuments(service(''), `version: "3"\n${service('', 'b')}`), lines: [5], output: twoDocuments(service(''), service('', 'b')) },
  ],
});
