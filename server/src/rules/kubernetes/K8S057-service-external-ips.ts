// Service externalIPs: traffic for any address can be claimed (CVE-2020-8554).
import { isSeq } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { services } from './services';

export const rule: KubernetesRule = {
  id: 'K8S057',
  title: 'Service sets externalIPs',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'network',
  fixable: false,
  references: ['trivy:KSV-0108'],
  check(model, report) {
    for (const service of services(model)) {
      const pair = pairOf(mapAt(service.map, 'spec'), 'externalIPs');
      if (!pair || !isSeq(pair.value) || pair.value.items.length === 0) continue;
      report({
        range: keyRange(model.file.lines, pair),
        message: `${describeObject(service)} sets \`externalIPs\`: every node then captures traffic to those addresses, whoever owns them, which lets a namespace intercept other traffic (CVE-2020-8554). Use a LoadBalancer or Ingress, and block the field with admission policy.`,
      });
    }
  },
};
