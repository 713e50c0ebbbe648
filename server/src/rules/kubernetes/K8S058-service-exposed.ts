// NodePort and LoadBalancer Services: reachable from outside the cluster network.
import type { KubernetesRule } from '../rule';
import { mapAt, nodeRange, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { isInternalLoadBalancer, services, serviceType } from './services';

export const rule: KubernetesRule = {
  id: 'K8S058',
  title: 'Service exposed outside the cluster',
  kind: 'kubernetes',
  severity: 'off',
  category: 'network',
  fixable: false,
  references: ['kube-linter:exposed-services'],
  check(model, report) {
    for (const service of services(model)) {
      const type = serviceType(service);
      if ((type !== 'NodePort' && type !== 'LoadBalancer') || isInternalLoadBalancer(service)) continue;
      report({
        range: nodeRange(model.file.lines, pairOf(mapAt(service.map, 'spec'), 'type')!.value),
        message: type === 'NodePort'
          ? `${describeObject(service)} is a NodePort: it opens a port on every node's address, outside any Ingress and often outside the firewall rules people expect. Prefer ClusterIP behind an Ingress.`
          : `${describeObject(service)} is a LoadBalancer: it gets an address reachable from outside the cluster. Make sure that is intended, or prefer ClusterIP behind an Ingress.`,
      });
    }
  },
};
