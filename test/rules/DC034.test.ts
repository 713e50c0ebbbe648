import { rule } from '../../server/src/rules/compose/DC034-duplicate-port';
import { ruleTester } from '../helpers/ruleTester';
import { twoDocuments } from '../helpers/composeCases';

const ports = (a: string, b: string) => `services:\n  web:\n    image: web:1\n    ports: [${a}]\n  admin:\n    image: admin:1\n    ports: [${b}]\n`;
const profiled = (a: string, b: string) => `services:\n  postgres:\n    image: postgres:16\n    profiles: [${a}]\n    ports: ["5432:5432"]\n  mysql:\n    image: mysql:8\n    profiles: [${b}]\n    ports: ["5432:3306"]\n`;

ruleTester(rule, {
  valid: [
    { name: 'different ports, protocols or addresses', code: ports('"8080:80", "53:53/udp"', '"8081:80", "53:53/tcp"') },
    { name: 'two addresses', code: ports('"127.0.0.1:80:80"', '"10.0.0.2:80:80"') },
    { name: 'random host ports', code: ports('"80"', '"80"') },
    { name: 'two documents', code: twoDocuments(ports('"80:80"', '"81:81"'), ports('"80:80"', '"82:82"')) },
    { name: 'alternatives in profiles that share none', code: profiled('pg', 'mysql') },
  ],
  invalid: [
    { name: 'same port', code: ports('"8080:80"', '"8080:8080"'), lines: [7], message: /already published by `web`/, output: null },
    { name: 'all interfaces clash with one address', code: ports('"127.0.0.1:80:80"', '"80:80"'), lines: [7], output: null },
    { name: 'long syntax', code: ports('{target: 80, published: 8080}', '"0.0.0.0:8080:80"'), lines: [7], output: null },
    { name: 'profiles that share one', code: profiled('db, pg', 'db'), lines: [9], message: /already published by `postgres`/, output: null },
    { name: 'a service without profiles runs with every profile', code: profiled('pg', 'mysql').replace('    profiles: [pg]\n', ''), lines: [8], output: null },
  ],
});
