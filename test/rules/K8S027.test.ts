import { rule } from '../../server/src/rules/kubernetes/K8S027-secret-in-configmap';
import { ruleTester } from '../helpers/ruleTester';

const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n${data}`;
ruleTester(rule, {
  valid: [
    { name: 'settings and a config file without secrets', code: cm('  LOG_LEVEL: debug\n  DB_PASSWORD_FILE: /run/secrets/db\n  app.conf: |\n    password_file = /run/secrets/db\n    port = 8080\n') },
  ],
  invalid: [
    {
      name: 'password by key, AWS key in a file, second document',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n' + cm('  DB_PASSWORD: hunter22\n  aws.ini: |\n    [default]\n    aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n'),
      lines: [11, 12], message: /Move it to a Secret/, output: null,
    },
    { name: 'generated key under a neutral name', code: cm('  upstream: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA7Xq\n'), lines: [6], message: /generated key/, output: null },
  ],
});
