import { rule } from '../../server/src/rules/kubernetes/K8S042-deprecated-service-account-field';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [...validContainerCases('serviceAccountName', C, 'serviceAccountName: app')],
  invalid: [
    ...containerCases({ name: 'alone: renamed', container: C, pod: 'serviceAccount: app', lines: [-1], fixed: C, fixedPod: 'serviceAccountName: app' }),
    ...containerCases({ name: 'beside the same name: removed', container: C, pod: 'serviceAccountName: app\nserviceAccount: app', lines: [-2], fixed: C, fixedPod: 'serviceAccountName: app' }),
    ...containerCases({ name: 'beside another name: no fix', container: C, pod: 'serviceAccountName: app\nserviceAccount: old', lines: [-2], message: /different/, fixed: null }),
  ],
});
