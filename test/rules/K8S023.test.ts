import { rule } from '../../server/src/rules/kubernetes/K8S023-image-tag';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('version tag', 'name: a\nimage: registry.example.com:5000/team/app:1.2.3'),
    ...validContainerCases('digest', 'name: a\nimage: app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
    ...validContainerCases('templated', 'name: a\nimage: ${IMAGE}'),
    ...validContainerCases('no image (a patch)', 'name: a\nresources: {}'),
  ],
  invalid: [
    ...containerCases({ name: 'latest', container: 'name: a\nimage: nginx:latest', lines: [2], fixed: null }),
    ...containerCases({ name: 'no tag, registry with a port', container: 'name: a\nimage: localhost:5000/app', lines: [2], fixed: null, message: /which means :latest/ }),
  ],
});
