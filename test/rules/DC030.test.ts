import { rule } from '../../server/src/rules/compose/DC030-shared-volume';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const two = (a: string, b: string) => `services:\n  web:\n    image: web:1\n    volumes:\n      - ${a}\n  worker:\n    image: worker:1\n    volumes:\n      - ${b}\n`;

ruleTester(rule, {
  valid: [
    { name: 'different volumes; bind mounts are not named volumes', code: two('uploads:/data', './data:/data') },
    { name: 'one service mounting twice', code: 'services:\n  a:\n    image: a:1\n    volumes: [v:/x, v:/y]\n' },
    { name: 'same name in two documents', code: twoDocuments(two('a:/a', 'b:/b').replace('b:/b', 'v:/v'), two('v:/v', 'c:/c')) },
  ],
  invalid: [
    { name: 'short syntax, both uses', code: two('uploads:/data', 'uploads:/in:ro'), lines: [5, 9], message: /shares volume `uploads` with `(web|worker)`/, output: null },
    { name: 'long syntax', code: two('{type: volume, source: cache, target: /c}', 'cache:/c'), lines: [5, 9], output: null },
  ],
});
