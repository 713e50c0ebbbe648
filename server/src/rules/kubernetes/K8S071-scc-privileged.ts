// OpenShift SecurityContextConstraints that admit privileged containers.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { isTrue } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S071',
  title: 'SecurityContextConstraints allow privileged containers',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: ['kube-linter:scc-deny-privileged-container'],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind !== 'SecurityContextConstraints') continue;
      const pair = pairOf(object.map, 'allowPrivilegedContainer');
      if (!pair || !isTrue(pair.value)) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `${describeObject(object)} admits privileged containers: every user or service account it applies to can get root on the node. Keep this to a dedicated SCC bound only to what needs it.`,
      });
    }
  },
};
