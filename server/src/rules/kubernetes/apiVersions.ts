// Removed API versions and their replacements. `rename` says the replacement
// reads the same fields, so rewriting apiVersion is the whole migration;
// `selector` needs `spec.selector` set first (apps/v1 no longer defaults it).
export interface Removal { replacement: string; removedIn: string; migrate: 'rename' | 'selector' | 'manual' }

const r = (replacement: string, removedIn: string, migrate: Removal['migrate'] = 'rename'): Removal => ({ replacement, removedIn, migrate });
const WORKLOADS = ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'];
const RBAC = ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'];

const TABLE: [string[], string[], Removal][] = [
  [['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2'], WORKLOADS, r('apps/v1', '1.16', 'selector')],
  [['extensions/v1beta1'], ['NetworkPolicy'], r('networking.k8s.io/v1', '1.16')],
  [['extensions/v1beta1', 'networking.k8s.io/v1beta1'], ['Ingress'], r('networking.k8s.io/v1', '1.22', 'manual')],
  [['networking.k8s.io/v1beta1'], ['IngressClass'], r('networking.k8s.io/v1', '1.22')],
  [['rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1alpha1'], RBAC, r('rbac.authorization.k8s.io/v1', '1.22')],
  [['admissionregistration.k8s.io/v1beta1'], ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], r('admissionregistration.k8s.io/v1', '1.22', 'manual')],
  [['apiextensions.k8s.io/v1beta1'], ['CustomResourceDefinition'], r('apiextensions.k8s.io/v1', '1.22', 'manual')],
  [['apiregistration.k8s.io/v1beta1'], ['APIService'], r('apiregistration.k8s.io/v1', '1.22')],
  [['certificates.k8s.io/v1beta1'], ['CertificateSigningRequest'], r('certificates.k8s.io/v1', '1.22', 'manual')],
  [['coordination.k8s.io/v1beta1'], ['Lease'], r('coordination.k8s.io/v1', '1.22')],
  [['scheduling.k8s.io/v1beta1', 'scheduling.k8s.io/v1alpha1'], ['PriorityClass'], r('scheduling.k8s.io/v1', '1.17')],
  [['storage.k8s.io/v1beta1'], ['StorageClass', 'VolumeAttachment', 'CSINode', 'CSIDriver'], r('storage.k8s.io/v1', '1.22')],
  [['storage.k8s.io/v1beta1'], ['CSIStorageCapacity'], r('storage.k8s.io/v1', '1.27')],
  [['batch/v1beta1', 'batch/v2alpha1'], ['CronJob'], r('batch/v1', '1.25')],
  [['discovery.k8s.io/v1beta1'], ['EndpointSlice'], r('discovery.k8s.io/v1', '1.25', 'manual')],
  [['events.k8s.io/v1beta1'], ['Event'], r('events.k8s.io/v1', '1.25', 'manual')],
  [['autoscaling/v2beta1'], ['HorizontalPodAutoscaler'], r('autoscaling/v2', '1.25', 'manual')],
  [['autoscaling/v2beta2'], ['HorizontalPodAutoscaler'], r('autoscaling/v2', '1.26')],
  [['policy/v1beta1'], ['PodDisruptionBudget'], r('policy/v1', '1.25', 'selector')],
  [['node.k8s.io/v1beta1'], ['RuntimeClass'], r('node.k8s.io/v1', '1.25')],
  [['flowcontrol.apiserver.k8s.io/v1beta1'], ['FlowSchema', 'PriorityLevelConfiguration'], r('flowcontrol.apiserver.k8s.io/v1', '1.26', 'manual')],
  [['flowcontrol.apiserver.k8s.io/v1beta2'], ['FlowSchema', 'PriorityLevelConfiguration'], r('flowcontrol.apiserver.k8s.io/v1', '1.29', 'manual')],
  [['flowcontrol.apiserver.k8s.io/v1beta3'], ['FlowSchema', 'PriorityLevelConfiguration'], r('flowcontrol.apiserver.k8s.io/v1', '1.32', 'manual')],
];

const BY_KEY = new Map<string, Removal>(TABLE.flatMap(([versions, kinds, removal]) => versions.flatMap((v) => kinds.map((k) => [`${v} ${k}`, removal] as const))));

export function removalOf(apiVersion: string, kind: string): Removal | undefined {
  return BY_KEY.get(`${apiVersion} ${kind}`);
}
