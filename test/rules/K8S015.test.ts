import { rule } from '../../server/src/rules/kubernetes/K8S015-restricted-volume-type';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const C = 'name: a\nimage: a:1';
ruleTester(rule, {
  valid: [
    ...validContainerCases('core volume types; a name-only volume defaults to emptyDir', C, 'volumes:\n  - name: a\n    persistentVolumeClaim:\n      claimName: data\n  - name: b\n    projected:\n      sources: []\n  - name: c\n  - name: d\n    image:\n      reference: registry.example.com/models:1'),
    ...validContainerCases('hostPath is K8S006', C, 'volumes:\n  - name: h\n    hostPath:\n      path: /data'),
  ],
  invalid: containerCases({
    name: 'nfs and gitRepo', container: C,
    pod: 'volumes:\n  - name: shared\n    nfs:\n      server: nfs.example.com\n      path: /exports\n  - name: src\n    gitRepo:\n      repository: https://example.com/r.git',
    lines: [-3, -7], fixed: null, message: /of type `(nfs|gitRepo)`/,
  }),
});
