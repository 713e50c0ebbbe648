// TLS certificate checks switched off: kubeconfig clusters and APIServices.
import { isMap } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, seqAt, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { isTrue } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S068',
  title: 'TLS certificate verification disabled',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'network',
  fixable: false,
  references: ['semgrep:skip-tls-verify-cluster', 'semgrep:skip-tls-verify-service'],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind === 'Config') {
        for (const entry of seqAt(object.map, 'clusters')?.items ?? []) {
          const cluster = isMap(entry) ? mapAt(entry, 'cluster') : undefined;
          const pair = pairOf(cluster, 'insecure-skip-tls-verify');
          if (!pair || !isTrue(pair.value)) continue;
          report({
            range: keyRange(model.file.lines, pair),
            message: `The kubeconfig skips TLS verification for cluster \`${stringAt(entry, 'name') ?? '?'}\`: anyone on the path can impersonate the API server and capture the credentials sent to it. Set \`certificate-authority\` (or \`-data\`) instead.`,
          });
        }
      }
      if (object.kind === 'APIService') {
        const pair = pairOf(mapAt(object.map, 'spec'), 'insecureSkipTLSVerify');
        if (!pair || !isTrue(pair.value)) continue;
        report({
          range: keyRange(model.file.lines, pair),
          message: `${describeObject(object)} sets \`insecureSkipTLSVerify: true\`: the API server forwards requests, with the callers' identities, to whatever answers at the service address. Set \`caBundle\` instead.`,
        });
      }
    }
  },
};
