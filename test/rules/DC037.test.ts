import { rule } from '../../server/src/rules/compose/DC037-secret-env-file';
import { ruleTester } from '../helpers/ruleTester';
import { service, twoDocuments } from '../helpers/composeCases';

ruleTester(rule, {
  valid: [
    { name: 'ordinary env files', code: service('    env_file:\n      - .env\n      - ./config/app.env\n') },
    { name: 'a secrets directory is not the file name', code: service('    env_file: ./secrets/app.env\n') },
  ],
  invalid: [
    { name: 'string form', code: service('    env_file: ./secrets.env\n'), lines: [4], message: /loads `.\/secrets.env`/, output: null },
    { name: 'long form with path', code: service('    env_file:\n      - path: ./db-credentials.env\n        required: false\n'), lines: [5], output: null },
    { name: 'multi-document file', code: twoDocuments(service(''), service('    env_file: [.env.token]\n', 'b')), lines: [8], output: null },
  ],
});
