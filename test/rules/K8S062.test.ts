import { rule } from '../../server/src/rules/kubernetes/K8S062-ingress-nginx-snippet';
import { ruleTester } from '../helpers/ruleTester';

const ingress = (annotation: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    nginx.ingress.kubernetes.io/rewrite-target: /\n${annotation}spec:\n  tls: [{hosts: [a.example.com], secretName: t}]\n  defaultBackend:\n    service: {name: web, port: {number: 80}}\n`;
ruleTester(rule, {
  valid: [{ name: 'ordinary annotations', code: ingress('') }],
  invalid: [
    { name: 'configuration snippet with Lua', code: ingress('    nginx.ingress.kubernetes.io/configuration-snippet: |\n      content_by_lua_block { ngx.say("hi") }\n'), lines: [7], message: /with Lua code/, output: null },
    { name: 'server snippet with alias, second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${ingress('    nginx.ingress.kubernetes.io/server-snippet: "location /x { alias /etc/; }"\n')}`, lines: [12], message: /alias/, output: null },
  ],
});
