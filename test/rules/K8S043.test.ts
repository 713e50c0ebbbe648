import { rule } from '../../server/src/rules/kubernetes/K8S043-image-digest';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('digest', `name: a\nimage: a:1@sha256:${'b'.repeat(64)}`),
    ...validContainerCases('no tag is K8S023', 'name: a\nimage: a'),
    ...validContainerCases('templated', 'name: a\nimage: $(IMAGE)'),
  ],
  invalid: [...containerCases({ name: 'tag only', container: 'name: a\nimage: ghcr.io/x/a:1.2.3', lines: [2], message: /ghcr.io\/x\/a:1.2.3@sha256/, fixed: null })],
});
