// Services and how far they reach.
import { stringAt } from '../../engine/yaml/document';
import { mapAt } from '../../engine/yaml/document';
import type { K8sObject, KubernetesModel } from '../../engine/kubernetes/model';
import { annotationsOf, stringEntries } from './objects';

export const services = (model: KubernetesModel): K8sObject[] => model.objects.filter((o) => o.kind === 'Service');
export const serviceType = (service: K8sObject): string => stringAt(mapAt(service.map, 'spec'), 'type') ?? 'ClusterIP';

/** Cloud annotations that make a LoadBalancer internal (reachable only from the VPC). */
const INTERNAL: [RegExp, RegExp][] = [
  [/^service\.beta\.kubernetes\.io\/aws-load-balancer-internal$/, /^(true|0\.0\.0\.0\/0)$/i],
  [/^service\.beta\.kubernetes\.io\/aws-load-balancer-scheme$/, /^internal$/i],
  [/^service\.beta\.kubernetes\.io\/azure-load-balancer-internal$/, /^true$/i],
  [/^(networking\.gke\.io\/load-balancer-type|cloud\.google\.com\/load-balancer-type)$/, /^internal$/i],
  [/^service\.beta\.kubernetes\.io\/oci-load-balancer-internal$/, /^true$/i],
  [/^service\.kubernetes\.io\/ibm-load-balancer-cloud-provider-ip-type$/, /^private$/i],
  [/^service\.beta\.kubernetes\.io\/openstack-internal-load-balancer$/, /^true$/i],
  [/^service\.beta\.kubernetes\.io\/alibaba-cloud-loadbalancer-address-type$/, /^intranet$/i],
];

export function isInternalLoadBalancer(service: K8sObject): boolean {
  return stringEntries(annotationsOf(service)).some(({ key, value }) => INTERNAL.some(([k, v]) => k.test(key) && v.test(value)));
}
