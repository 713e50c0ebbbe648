import { rule } from '../../server/src/rules/kubernetes/K8S026-secret-in-env';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [...validContainerCases('references, placeholders, paths and settings', `name: a
image: a:1
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: {name: db, key: password}
  - name: API_TOKEN
    value: $(TOKEN_FROM_ENV)
  - name: PASSWORD_FILE
    value: /run/secrets/db
  - name: TOKEN_TTL
    value: "3600"
  - name: SECRET_VERSION
    value: latest
  - name: GREETING
    value: hello`)],
  invalid: [
    ...containerCases({
      name: 'password by name', container: 'name: a\nimage: a:1\nenv:\n  - name: MYSQL_ROOT_PASSWORD\n    value: s3cr3t-Pa55 # demo only',
      lines: [5], message: /its name says it holds a credential/,
      fixed: 'name: a\nimage: a:1\nenv:\n  - name: MYSQL_ROOT_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: a-secrets\n        key: mysql-root-password',
    }),
    ...containerCases({
      name: 'GitHub token by format, flow style', container: `name: a\nimage: a:1\nenv:\n  - {name: GH, value: ghp_${'a1B2'.repeat(9)}}`,
      lines: [4], message: /looks like a GitHub token/,
      fixed: 'name: a\nimage: a:1\nenv:\n  - {name: GH, valueFrom: {secretKeyRef: {name: a-secrets, key: gh}}}',
    }),
  ],
});
