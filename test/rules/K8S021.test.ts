import { rule } from '../../server/src/rules/kubernetes/K8S021-writable-root-filesystem';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('read-only', 'name: a\nimage: a:1\nsecurityContext:\n  readOnlyRootFilesystem: true'),
    ...validContainerCases('Windows', 'name: a\nimage: a:1\nsecurityContext:\n  runAsNonRoot: true', 'os:\n  name: windows'),
  ],
  invalid: [
    ...containerCases({
      name: 'false', container: 'name: a\nimage: a:1\nsecurityContext:\n  readOnlyRootFilesystem: false', lines: [4],
      fixed: 'name: a\nimage: a:1\nsecurityContext:\n  readOnlyRootFilesystem: true',
    }),
    ...containerCases({
      name: 'unset', container: 'name: a\nimage: a:1\nsecurityContext: {runAsNonRoot: true}', lines: [3],
      fixed: 'name: a\nimage: a:1\nsecurityContext: {runAsNonRoot: true, readOnlyRootFilesystem: true}',
    }),
  ],
});
