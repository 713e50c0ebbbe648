// The API token is mounted into a pod that shows no sign of needing it. The pod,
// its ServiceAccount and the RBAC bindings in the same file are read together.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, scalarAt, seqAt, stringAt } from '../../engine/yaml/document';
import { describeObject, isPartialPod, type KubernetesModel } from '../../engine/kubernetes/model';
import { setPath } from '../../engine/yaml/edit';
import { podRange, fixList } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S022',
  title: 'Service account token mounted without need',
  kind: 'kubernetes',
  severity: 'off',
  category: 'privilege',
  fixable: true,
  references: [
    'trivy:KSV-0036', 'checkov:CKV_K8S_38', 'polaris:automountServiceAccountToken', 'kubesec:AutomountServiceAccountToken',
  ],
  check(model, report) {
    const { accountsOff, boundAccounts } = serviceAccountFacts(model);
    for (const pod of model.pods) {
      const pair = pairOf(pod.spec, 'automountServiceAccountToken');
      const podValue = pair && isScalar(pair.value) ? pair.value.value : undefined;
      if (podValue === false || (podValue === undefined && isPartialPod(model, pod))) continue;
      const account = stringAt(pod.spec, 'serviceAccountName') ?? stringAt(pod.spec, 'serviceAccount') ?? 'default';
      // A pod whose account is bound to a role in this file evidently talks to the API.
      if (boundAccounts.has(account)) continue;
      if (podValue === undefined && accountsOff.has(account)) continue;
      const edits = setPath(model.file, pod.spec, ['automountServiceAccountToken'], false, model.style);
      report({
        range: pair ? keyRange(model.file.lines, pair) : podRange(model, pod),
        message: `${describeObject(pod.object)} gets an API token for service account \`${account}\` mounted in every container${podValue === true ? ' (explicitly)' : ''}: anyone who breaks in can call the Kubernetes API with it. Set \`automountServiceAccountToken: false\` unless the app uses the API.`,
        fixes: fixList('Set automountServiceAccountToken: false', edits),
      });
    }
  },
};

/** ServiceAccounts in the file that turn automount off, and those a (Cluster)RoleBinding in the file binds. */
function serviceAccountFacts(model: KubernetesModel): { accountsOff: Set<string>; boundAccounts: Set<string> } {
  const accountsOff = new Set<string>();
  const boundAccounts = new Set<string>();
  for (const object of model.objects) {
    if (object.kind === 'ServiceAccount' && scalarAt(object.map, 'automountServiceAccountToken') === false) {
      const name = stringAt(mapAt(object.map, 'metadata'), 'name');
      if (name) accountsOff.add(name);
    }
    if (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding') {
      for (const subject of seqAt(object.map, 'subjects')?.items ?? []) {
        if (isMap(subject) && stringAt(subject, 'kind') === 'ServiceAccount') boundAccounts.add(stringAt(subject, 'name') ?? '');
      }
    }
  }
  return { accountsOff, boundAccounts };
}
