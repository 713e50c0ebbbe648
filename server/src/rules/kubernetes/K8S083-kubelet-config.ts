// KubeletConfiguration files that switch a kubelet protection off.
import { isScalar, type Node } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, type YamlMap } from '../../engine/yaml/document';
import { replaceNode } from '../../engine/yaml/edit';
import type { Fix } from '../../engine/types';

interface Setting { path: string[]; bad: (v: unknown) => boolean; safe?: string | number | boolean; why: string }

const SETTINGS: Setting[] = [
  { path: ['authentication', 'anonymous', 'enabled'], bad: (v) => v === true, safe: false, why: 'anyone who reaches the kubelet API is served as system:anonymous' },
  { path: ['authorization', 'mode'], bad: (v) => v === 'AlwaysAllow', safe: 'Webhook', why: 'every request to the kubelet API is allowed, exec into any pod included' },
  { path: ['readOnlyPort'], bad: (v) => typeof v === 'number' && v !== 0, safe: 0, why: 'the unauthenticated read-only port exposes pod specs and environment' },
  { path: ['makeIPTablesUtilChains'], bad: (v) => v === false, safe: true, why: 'the kubelet stops maintaining the iptables rules pods rely on' },
  { path: ['streamingConnectionIdleTimeout'], bad: (v) => v === 0 || v === '0' || v === '0s', why: 'exec and port-forward sessions never time out' },
  { path: ['rotateCertificates'], bad: (v) => v === false, safe: true, why: 'the kubelet client certificate is never renewed' },
];

export const rule: KubernetesRule = {
  id: 'K8S083',
  title: 'Kubelet configuration switches a protection off',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: [
    'trivy:KCV-0079', 'trivy:KCV-0080', 'trivy:KCV-0082', 'trivy:KCV-0084', 'trivy:KCV-0085', 'trivy:KCV-0090', 'checkov:CKV_K8S_138',
    'checkov:CKV_K8S_139', 'checkov:CKV_K8S_141', 'checkov:CKV_K8S_143', 'checkov:CKV_K8S_145', 'checkov:CKV_K8S_149',
  ],
  check(model, report) {
    for (const object of model.objects) {
      if (object.kind !== 'KubeletConfiguration') continue;
      for (const setting of SETTINGS) {
        let map: YamlMap | undefined = object.map;
        for (const key of setting.path.slice(0, -1)) map = mapAt(map, key);
        const pair = pairOf(map, setting.path[setting.path.length - 1]);
        if (!pair || !isScalar(pair.value) || !setting.bad(pair.value.value)) continue;
        const fixes: Fix[] = setting.safe === undefined ? []
          : [{ title: `Set ${setting.path.join('.')}: ${String(setting.safe)}`, edits: [replaceNode(model.file, pair.value as Node, String(setting.safe))] }];
        report({
          range: keyRange(model.file.lines, pair),
          message: `The kubelet configuration sets \`${setting.path.join('.')}: ${String(pair.value.value)}\`: ${setting.why}.`,
          fixes,
        });
      }
    }
  },
};
