import { rule } from '../../server/src/rules/compose/DC036-secret-in-environment';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const db = (env: string, extra = '') => `services:\n  db:\n    image: postgres:17.2\n    environment:\n${env}${extra}`;
const MOVED = '    secrets:\n      - postgres_password\nsecrets:\n  postgres_password:\n    file: ./secrets/postgres_password.txt\n';

ruleTester(rule, {
  valid: [
    { name: 'interpolation, references, settings, placeholders', code: db('      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      DB_PASSWORD: $DB_PASSWORD\n      POSTGRES_PASSWORD_FILE: /run/secrets/pw\n      TOKEN_TTL: 3600\n      API_KEY: changeme\n      SECRET_KEY_BASE:\n') },
    { name: 'list form: pass-through and interpolated URL', code: db('      - POSTGRES_PASSWORD\n      - DATABASE_URL=postgres://app:${PW}@db/app\n') },
    { name: 'an unused anchor is not a service', code: 'x-env: &env\n  API_TOKEN: hunter2hunter2\nservices:\n  app:\n    image: a:1\n' },
  ],
  invalid: [
    {
      name: 'map form: the variable becomes _FILE, the service lists the secret, the top level defines it',
      code: db('      POSTGRES_USER: app\n      POSTGRES_PASSWORD: s3cr3t-Pa55 # demo\n'),
      lines: [6], message: /`POSTGRES_PASSWORD` to a literal value, and its name says it holds a credential/,
      output: db('      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password # demo\n', MOVED),
    },
    {
      name: 'list form, quoted: the quotes are kept; existing secrets lists are extended',
      code: db('      - POSTGRES_USER=app\n      - "POSTGRES_PASSWORD=s3cr3t-Pa55"\n', '    secrets:\n      - other\nsecrets:\n  other:\n    file: ./o.txt\n'),
      lines: [6],
      output: db('      - POSTGRES_USER=app\n      - "POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password"\n', '    secrets:\n      - other\n      - postgres_password\nsecrets:\n  other:\n    file: ./o.txt\n  postgres_password:\n    file: ./secrets/postgres_password.txt\n'),
    },
    {
      name: 'a known token format under any name; flow style',
      code: `services:\n  app: {image: a:1, environment: {GH: ghp_${'a1B2'.repeat(9)}}}\n`,
      lines: [2], message: /looks like a GitHub token/,
      output: 'services:\n  app: {image: a:1, environment: {GH_FILE: /run/secrets/gh}, secrets: [gh]}\nsecrets:\n  gh:\n    file: ./secrets/gh.txt\n',
    },
    {
      name: 'a password inside a URL',
      code: db('      - DATABASE_URL=postgres://app:hunter22@db:5432/app\n'),
      lines: [5], message: /URL with a password/,
      output: db('      - DATABASE_URL_FILE=/run/secrets/database_url\n', '    secrets:\n      - database_url\nsecrets:\n  database_url:\n    file: ./secrets/database_url.txt\n'),
    },
    {
      name: 'an existing _FILE variable: the literal is only removed',
      code: db('      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n      POSTGRES_PASSWORD: s3cr3t-Pa55\n', '    secrets: [postgres_password]\nsecrets:\n  postgres_password:\n    file: ./pw.txt\n'),
      lines: [6],
      output: db('      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n', '    secrets: [postgres_password]\nsecrets:\n  postgres_password:\n    file: ./pw.txt\n'),
    },
    {
      name: 'merged from an anchor into two services: one finding at the anchor, no automatic fix',
      code: 'x-env: &env\n  API_TOKEN: hunter2hunter2\nservices:\n  a:\n    image: a:1\n    environment:\n      <<: *env\n  b:\n    image: b:1\n    environment: *env\n',
      lines: [2], message: /^Services `a` and `b` set `API_TOKEN`/,
      output: null,
    },
    {
      name: 'multi-document file: the secret goes to that document\'s top level',
      code: twoDocuments('services:\n  a:\n    image: a:1\n', db('      MYSQL_ROOT_PASSWORD: rootpw123\n')),
      lines: [9],
      output: twoDocuments('services:\n  a:\n    image: a:1\n', db('      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password\n', '    secrets:\n      - mysql_root_password\nsecrets:\n  mysql_root_password:\n    file: ./secrets/mysql_root_password.txt\n')),
    },
  ],
});
