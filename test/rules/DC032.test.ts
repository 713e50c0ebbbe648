import { rule } from '../../server/src/rules/compose/DC032-image-digest';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const img = (image: string, extra = '') => `services:\n  app:\n    image: ${image}\n${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'digest', code: img(`postgres:17.2@sha256:${'b'.repeat(64)}`) },
    { name: 'built here', code: img('app:1', '    build: .\n') },
  ],
  invalid: [
    { name: 'tag only', code: img('postgres:17.2'), lines: [3], message: /by tag/, output: null },
    { name: 'multi-document file', code: twoDocuments(img(`a@sha256:${'c'.repeat(64)}`), img('b:1')), lines: [7], output: null },
  ],
});
