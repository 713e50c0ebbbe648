import { rule } from '../../server/src/rules/kubernetes/K8S044-image-pull-policy';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('Always', 'name: a\nimage: a:1\nimagePullPolicy: Always'),
    ...validContainerCases('digest', `name: a\nimage: a:1@sha256:${'b'.repeat(64)}\nimagePullPolicy: IfNotPresent`),
    ...validContainerCases(':latest defaults to Always', 'name: a\nimage: a:latest'),
  ],
  invalid: [
    ...containerCases({ name: 'unset with a tag', container: 'name: a\nimage: a:1', lines: [2], message: /defaults to/, fixed: 'name: a\nimage: a:1\nimagePullPolicy: Always' }),
    ...containerCases({ name: 'IfNotPresent', container: 'name: a\nimage: a:1\nimagePullPolicy: IfNotPresent', lines: [3], fixed: 'name: a\nimage: a:1\nimagePullPolicy: Always' }),
  ],
});
