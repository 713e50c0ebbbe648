// Cross-object checks within one file: which pods of a namespace the file
// defines, so a selector can be judged only where its targets are in view.
import { stringAt } from '../../engine/yaml/document';
import type { K8sObject, KubernetesModel, PodSpec } from '../../engine/kubernetes/model';
import { metadataOf, podLabels } from './objects';

export const namespaceOf = (o: K8sObject): string => stringAt(metadataOf(o), 'namespace') ?? '';

/** The pod templates of a namespace in the file (PodTemplate objects excluded: they run nothing). */
export function podsIn(model: KubernetesModel, namespace: string): PodSpec[] {
  return model.pods.filter((p) => p.object.kind !== 'PodTemplate' && namespaceOf(p.object) === namespace);
}

/** Labels that controllers add to the pods they create, which no template shows. */
export const CONTROLLER_LABELS = new Set([
  'job-name', 'batch.kubernetes.io/job-name', 'controller-uid', 'batch.kubernetes.io/controller-uid', 'pod-template-hash',
  'controller-revision-hash', 'statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'batch.kubernetes.io/job-completion-index',
]);

/** Whether a plain label map (Service selector style) matches the pod's labels; controller-added labels count as matching. */
export function labelsMatch(selector: Map<string, string>, pod: PodSpec): boolean {
  const labels = podLabels(pod);
  for (const [k, v] of selector) if (!CONTROLLER_LABELS.has(k) && labels.get(k) !== v) return false;
  return true;
}
