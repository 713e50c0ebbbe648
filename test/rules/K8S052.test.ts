import { rule } from '../../server/src/rules/kubernetes/K8S052-share-process-namespace';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [...validContainerCases('false', C, 'shareProcessNamespace: false')],
  invalid: [...containerCases({ name: 'true', container: C, pod: 'shareProcessNamespace: true', lines: [-1], message: /secrets included/, fixed: C, fixedPod: '' })],
});
