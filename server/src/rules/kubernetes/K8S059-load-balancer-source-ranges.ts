// A public LoadBalancer open to every source address.
import { isSeq } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { isInternalLoadBalancer, services, serviceType } from './services';
import { annotationsOf } from './objects';

export const rule: KubernetesRule = {
  id: 'K8S059',
  title: 'LoadBalancer open to every source address',
  kind: 'kubernetes',
  severity: 'info',
  category: 'network',
  fixable: false,
  references: [],
  check(model, report) {
    for (const service of services(model)) {
      if (serviceType(service) !== 'LoadBalancer' || isInternalLoadBalancer(service)) continue;
      const spec = mapAt(service.map, 'spec');
      const ranges = pairOf(spec, 'loadBalancerSourceRanges');
      const open = !ranges || !isSeq(ranges.value) || ranges.value.items.length === 0
        || ranges.value.items.some((i) => ['0.0.0.0/0', '::/0'].includes(String((i as { value?: unknown }).value)));
      // Some clouds take the ranges from an annotation instead.
      if (!open || pairOf(annotationsOf(service), 'service.beta.kubernetes.io/load-balancer-source-ranges')) continue;
      report({
        range: keyRange(model.file.lines, ranges ?? pairOf(spec, 'type')!),
        message: `${describeObject(service)} is a public LoadBalancer without \`loadBalancerSourceRanges\`${ranges ? ' narrower than everywhere (0.0.0.0/0)' : ''}: anyone on the internet can connect. List the client networks that need it.`,
      });
    }
  },
};
