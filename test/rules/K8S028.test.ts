import { rule } from '../../server/src/rules/kubernetes/K8S028-secret-values-committed';
import { ruleTester } from '../helpers/ruleTester';

const secret = (body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n${body}`;
ruleTester(rule, {
  valid: [
    { name: 'no values', code: secret('type: Opaque\n') },
    { name: 'placeholders only', code: secret('stringData:\n  password: ${DB_PASSWORD}\n  token: changeme\n') },
    { name: 'a legacy token Secret (K8S046 territory)', code: secret('type: kubernetes.io/service-account-token\ndata:\n  token: ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklpSjk=\n') },
  ],
  invalid: [
    { name: 'stringData', code: secret('stringData:\n  password: correct-horse-battery\n'), lines: [5], output: null, message: /in plain text/ },
    { name: 'a known token format is named', code: secret(`stringData:\n  note: plain\n  token: ghp_${'a1B2'.repeat(9)}\n`), lines: [5], output: null, message: /2 values in `stringData` in plain text, including a GitHub token/ },
    { name: 'data (base64)', code: secret('data:\n  password: Y29ycmVjdC1ob3JzZS1iYXR0ZXJ5\n'), lines: [5], output: null, message: /base64 is not encryption/ },
  ],
});
