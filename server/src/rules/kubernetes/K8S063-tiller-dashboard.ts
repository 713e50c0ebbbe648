// Helm v2 Tiller and the Kubernetes Dashboard: cluster control behind weak or no authentication.
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf } from '../../engine/yaml/document';
import { describeContainer, describeObject } from '../../engine/kubernetes/model';
import { containerImage } from './images';
import { nameOf } from './objects';

const TILLER = /(^|\/)tiller$/;
const DASHBOARD = /(^|\/)(kubernetes-dashboard(-amd64|-arm64)?|dashboard)$/;

export const rule: KubernetesRule = {
  id: 'K8S063',
  title: 'Helm Tiller or Kubernetes Dashboard deployed',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: false,
  references: ['trivy:KSV-0102', 'checkov:CKV_K8S_33', 'checkov:CKV_K8S_34', 'checkov:CKV_K8S_44', 'checkov:CKV_K8S_45'],
  check(model, report) {
    for (const container of model.containers) {
      const name = containerImage(container)?.ref.name;
      if (!name) continue;
      const tiller = TILLER.test(name);
      if (!tiller && !(DASHBOARD.test(name) && /kubernetes|kubernetesui/.test(name))) continue;
      report({
        range: nodeRange(model.file.lines, pairOf(container.map, 'image')!.value),
        message: tiller
          ? `The ${describeContainer(container)} runs Helm v2 Tiller: its gRPC port accepts unauthenticated commands from any pod and acts with cluster-wide rights. Helm v2 is end-of-life; move to Helm 3, which needs no in-cluster server.`
          : `The ${describeContainer(container)} runs the Kubernetes Dashboard: a web UI for the cluster, often exposed with a privileged service account. Prefer kubectl with per-user credentials, or keep it private and bound to a read-only role.`,
      });
    }
    for (const service of model.objects) {
      if (service.kind !== 'Service' || nameOf(service) !== 'tiller-deploy') continue;
      report({
        range: nodeRange(model.file.lines, pairOf(service.map, 'kind')!.value),
        message: `${describeObject(service)} exposes Helm v2 Tiller's unauthenticated gRPC port to the cluster. Remove Tiller and its Service; use Helm 3.`,
      });
    }
  },
};
