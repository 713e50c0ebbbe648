// Static pods of the control plane (kube-apiserver, controller manager,
// scheduler, etcd) and kubelets run as pods, started with a flag that switches a protection off.
import { isScalar, type Scalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { nodeRange, seqAt, stringAt, type YamlFile } from '../../engine/yaml/document';
import { parseImage } from './images';
import { describeContainer } from '../../engine/kubernetes/model';
import type { Fix } from '../../engine/types';

interface Flag { component: string; flag: string; bad: (value: string | undefined) => boolean; safe?: string; why: string }

const isTrue = (v: string | undefined) => v === undefined || v === 'true';
const list = (item: string) => (v: string | undefined) => (v ?? '').split(',').includes(item);
const FLAGS: Flag[] = [
  { component: 'kube-apiserver', flag: 'anonymous-auth', bad: isTrue, safe: 'false', why: 'unauthenticated requests are served as system:anonymous' },
  { component: 'kube-apiserver', flag: 'basic-auth-file', bad: () => true, why: 'static passwords never expire and are sent on every request' },
  { component: 'kube-apiserver', flag: 'token-auth-file', bad: () => true, why: 'static tokens never expire and cannot be revoked without a restart' },
  { component: 'kube-apiserver', flag: 'kubelet-https', bad: (v) => v === 'false', safe: 'true', why: 'the API server talks to kubelets in plain text' },
  { component: 'kube-apiserver', flag: 'authorization-mode', bad: list('AlwaysAllow'), why: 'every authenticated request is allowed' },
  { component: 'kube-apiserver', flag: 'enable-admission-plugins', bad: list('AlwaysAdmit'), why: 'admission control is bypassed' },
  { component: 'kube-apiserver', flag: 'insecure-bind-address', bad: () => true, why: 'the insecure port skips authentication and authorization' },
  { component: 'kube-apiserver', flag: 'insecure-port', bad: (v) => v !== '0', safe: '0', why: 'the insecure port skips authentication and authorization' },
  { component: 'kube-apiserver', flag: 'secure-port', bad: (v) => v === '0', why: 'the API is served without TLS' },
  { component: 'kube-apiserver', flag: 'profiling', bad: isTrue, safe: 'false', why: 'profiling endpoints expose internals and cost resources' },
  { component: 'kube-apiserver', flag: 'service-account-lookup', bad: (v) => v === 'false', safe: 'true', why: 'tokens of deleted service accounts keep working' },
  { component: 'kube-controller-manager', flag: 'profiling', bad: isTrue, safe: 'false', why: 'profiling endpoints expose internals and cost resources' },
  { component: 'kube-controller-manager', flag: 'use-service-account-credentials', bad: (v) => v === 'false', safe: 'true', why: 'every controller acts with the manager\'s full rights' },
  { component: 'kube-scheduler', flag: 'profiling', bad: isTrue, safe: 'false', why: 'profiling endpoints expose internals and cost resources' },
  { component: 'etcd', flag: 'client-cert-auth', bad: (v) => v === 'false', safe: 'true', why: 'any client that reaches etcd reads and writes the whole cluster state, Secrets included' },
  { component: 'etcd', flag: 'auto-tls', bad: isTrue, safe: 'false', why: 'self-signed client certificates are accepted' },
  { component: 'etcd', flag: 'peer-client-cert-auth', bad: (v) => v === 'false', safe: 'true', why: 'any host can join or read the etcd cluster' },
  { component: 'etcd', flag: 'peer-auto-tls', bad: isTrue, safe: 'false', why: 'self-signed peer certificates are accepted' },
  { component: 'kubelet', flag: 'anonymous-auth', bad: isTrue, safe: 'false', why: 'anyone who reaches the kubelet API can list pods and, with weak authorization, run commands in them' },
  { component: 'kubelet', flag: 'authorization-mode', bad: list('AlwaysAllow'), why: 'every request to the kubelet API is allowed, exec included' },
  { component: 'kubelet', flag: 'read-only-port', bad: (v) => v !== '0', safe: '0', why: 'the unauthenticated read-only port exposes pod specs and environment' },
  { component: 'kubelet', flag: 'streaming-connection-idle-timeout', bad: (v) => v === '0' || v === '0s', why: 'exec and port-forward sessions never time out' },
  { component: 'kubelet', flag: 'make-iptables-util-chains', bad: (v) => v === 'false', safe: 'true', why: 'the kubelet stops maintaining the iptables rules pods rely on' },
  { component: 'kubelet', flag: 'rotate-certificates', bad: (v) => v === 'false', safe: 'true', why: 'the kubelet client certificate is never renewed' },
];
const COMPONENTS = new Set(FLAGS.map((f) => f.component));

/** Rewrites only the value after `=`, so the item keeps its quoting. */
function fixValue(file: YamlFile, word: Scalar, value: string, flag: Flag): Fix[] {
  const [start, end] = word.range!;
  const at = file.text.slice(start, end).lastIndexOf(`=${value}`);
  if (at < 0) return [];
  const from = start + at + 1;
  return [{ title: `Set --${flag.flag}=${flag.safe}`, edits: [{ range: file.lines.range(from, from + value.length), newText: flag.safe! }] }];
}

export const rule: KubernetesRule = {
  id: 'K8S074',
  title: 'Control-plane component started with an insecure flag',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: [
    'trivy:KCV-0001', 'trivy:KCV-0002', 'trivy:KCV-0004', 'trivy:KCV-0007', 'trivy:KCV-0011', 'trivy:KCV-0017', 'trivy:KCV-0018',
    'trivy:KCV-0024', 'trivy:KCV-0034', 'trivy:KCV-0035', 'trivy:KCV-0040', 'trivy:KCV-0043', 'trivy:KCV-0044', 'trivy:KCV-0046',
    'trivy:KCV-0047', 'checkov:CKV_K8S_68', 'checkov:CKV_K8S_69', 'checkov:CKV_K8S_70', 'checkov:CKV_K8S_71', 'checkov:CKV_K8S_74',
    'checkov:CKV_K8S_79', 'checkov:CKV_K8S_86', 'checkov:CKV_K8S_88', 'checkov:CKV_K8S_89', 'checkov:CKV_K8S_90', 'checkov:CKV_K8S_96',
    'checkov:CKV_K8S_107', 'checkov:CKV_K8S_108', 'checkov:CKV_K8S_114', 'checkov:CKV_K8S_117', 'checkov:CKV_K8S_118', 'checkov:CKV_K8S_121',
    'trivy:KCV-0079', 'trivy:KCV-0080', 'trivy:KCV-0082', 'trivy:KCV-0084', 'trivy:KCV-0085', 'trivy:KCV-0090', 'checkov:CKV_K8S_138',
    'checkov:CKV_K8S_139', 'checkov:CKV_K8S_141', 'checkov:CKV_K8S_143', 'checkov:CKV_K8S_145', 'checkov:CKV_K8S_149',
  ],
  check(model, report) {
    for (const container of model.containers) {
      const words = ['command', 'args'].flatMap((k) => (seqAt(container.map, k)?.items ?? []).filter(isScalar) as Scalar[]);
      const first = words.find((w) => typeof w.value === 'string');
      if (words.length === 0) continue;
      const named = typeof first?.value === 'string' ? first.value.split('/').pop()! : '';
      const component = COMPONENTS.has(named) ? named : parseImage(stringAt(container.map, 'image') ?? '')?.name.split('/').pop() ?? '';
      if (!COMPONENTS.has(component)) continue;
      words.forEach((word, i) => {
        const m = typeof word.value === 'string' ? /^--([\w-]+)(?:=(.*))?$/.exec(word.value) : null;
        if (!m) return;
        const next = words[i + 1];
        const spaced = m[2] === undefined && typeof next?.value === 'string' && !next.value.startsWith('--') ? String(next.value) : undefined;
        const value = m[2] ?? spaced;
        const flag = FLAGS.find((f) => f.component === component && f.flag === m[1]);
        if (!flag || !flag.bad(value)) return;
        const fixes: Fix[] = flag.safe && m[2] !== undefined ? fixValue(model.file, word, m[2], flag) : [];
        report({
          range: nodeRange(model.file.lines, word),
          message: `The ${describeContainer(container)} starts ${component} with \`--${flag.flag}${value === undefined ? '' : `=${value}`}\`: ${flag.why}.`,
          fixes,
        });
      });
    }
  },
};
