import { rule } from '../../server/src/rules/kubernetes/K8S072-duplicate-env-var';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1\nenv:\n  - name: LOG_LEVEL\n    value: info';
ruleTester(rule, {
  valid: [...validContainerCases('distinct', `${C}\n  - name: PORT\n    value: "8080"`)],
  invalid: [...containerCases({ name: 'twice', container: `${C}\n  - name: PORT\n    value: "8080"\n  - name: LOG_LEVEL\n    value: debug`, lines: [8], message: /`LOG_LEVEL` more than once/, fixed: null })],
});
