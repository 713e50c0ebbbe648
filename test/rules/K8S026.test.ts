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
    value: hello
  - name: BUILD_SHA
    value: 3f9a1c2b7d4e5f60718293a4b5c6d7e8f9012345
  - name: INSTANCE_ID
    value: 123e4567-e89b-12d3-a456-426614174000
  - name: CLASS_NAME
    value: ReplicationControllerV2Beta1Config`)],
  invalid: [
    ...containerCases({
      name: 'random-looking value under an innocent name', container: 'name: a\nimage: a:1\nenv:\n  - name: UPSTREAM_AUTH\n    value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      lines: [5], message: /looks like a generated key/,
      fixed: 'name: a\nimage: a:1\nenv:\n  - name: UPSTREAM_AUTH\n    valueFrom:\n      secretKeyRef:\n        name: a-secrets\n        key: upstream-auth',
    }),
    ...containerCases({
      name: 'JSON Web Token', container: 'name: a\nimage: a:1\nenv:\n  - name: BEARER\n    value: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      lines: [5], message: /JSON Web Token/,
      fixed: 'name: a\nimage: a:1\nenv:\n  - name: BEARER\n    valueFrom:\n      secretKeyRef:\n        name: a-secrets\n        key: bearer',
    }),
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
