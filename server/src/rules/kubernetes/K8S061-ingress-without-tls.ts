// An Ingress with no TLS section: its hosts are served over plain HTTP.
import { isSeq } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';

export const rule: KubernetesRule = {
  id: 'K8S061',
  title: 'Ingress without TLS',
  kind: 'kubernetes',
  severity: 'info',
  category: 'network',
  fixable: false,
  references: ['polaris:tlsSettingsMissing'],
  check(model, report) {
    for (const ingress of model.objects) {
      if (ingress.kind !== 'Ingress' || model.partial) continue;
      const spec = mapAt(ingress.map, 'spec');
      const tls = pairOf(spec, 'tls');
      if (!spec || (tls && isSeq(tls.value) && tls.value.items.length > 0)) continue;
      report({
        range: keyRange(model.file.lines, pairOf(ingress.map, 'spec')!),
        message: `${describeObject(ingress)} has no \`tls\` section: its hosts are served over plain HTTP, so credentials and cookies cross the network readable. Add \`tls\` with a certificate Secret (e.g. from cert-manager).`,
      });
    }
  },
};
