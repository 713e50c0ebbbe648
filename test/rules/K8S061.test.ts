import { rule } from '../../server/src/rules/kubernetes/K8S061-ingress-without-tls';
import { ruleTester } from '../helpers/ruleTester';

const ingress = (tls: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n${tls}  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}\n`;
ruleTester(rule, {
  valid: [{ name: 'tls', code: ingress('  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n') }],
  invalid: [
    { name: 'no tls', code: ingress(''), lines: [5], message: /plain HTTP/, output: null },
    { name: 'second document', code: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\n${ingress('')}`, lines: [10], output: null },
  ],
});
