import { rule } from '../../server/src/rules/compose/DC033-container-name';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const names = (a: string, b: string) => `services:\n  web:\n    image: web:1\n    container_name: ${a}\n  worker:\n    image: worker:1\n    container_name: ${b}\n`;

ruleTester(rule, {
  valid: [
    { name: 'distinct, valid names; variables not judged', code: names('app-web', '${PROJECT}_worker') },
    { name: 'same name in two documents (two files joined)', code: twoDocuments(names('a', 'b'), names('a', 'c')) },
    { name: 'alternatives in profiles that share none', code: names('db', 'db').replace('    image: worker:1\n', '    image: worker:1\n    profiles: [b]\n').replace('    image: web:1\n', '    image: web:1\n    profiles: [a]\n') },
    { name: 'one anchored value for one service', code: 'x-n: &n\n  container_name: one\nservices:\n  a:\n    <<: *n\n' },
  ],
  invalid: [
    { name: 'duplicate', code: names('app', 'app'), lines: [7], message: /already used by `web`/, output: null },
    { name: 'duplicate, one service in a profile', code: names('app', 'app').replace('    image: worker:1\n', '    image: worker:1\n    profiles: [debug]\n'), lines: [8], output: null },
    { name: 'invalid characters', code: names('"my app"', '-worker'), lines: [4, 7], message: /Docker rejects/, output: null },
  ],
});
