import { rule } from '../../server/src/rules/kubernetes/K8S045-public-registry';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('own registry', 'name: a\nimage: registry.example.com/a:1'),
    ...validContainerCases('registry with a port', 'name: a\nimage: localhost:5000/a:1'),
  ],
  invalid: [
    ...containerCases({ name: 'implicit Docker Hub', container: 'name: a\nimage: nginx:1.27', lines: [2], message: /no registry named/, fixed: null }),
    ...containerCases({ name: 'docker.io', container: 'name: a\nimage: docker.io/library/nginx:1.27', lines: [2], fixed: null }),
  ],
});
