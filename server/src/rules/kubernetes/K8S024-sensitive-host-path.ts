// hostPath of a container runtime socket or a sensitive system directory.
import type { KubernetesRule } from '../rule';
import { keyRange } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { hostPathOf, volumesOf } from './volumes';

const SOCKETS = /(^|\/)(docker|containerd|crio|cri-dockerd|podman)\.sock$|^\/(var\/)?run\/(docker|containerd|crio)$/;
const SENSITIVE = new Set(['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/var/lib/docker', '/var/lib/containerd', '/var/lib/kubelet', '/root', '/var/run', '/run', '/etc/kubernetes']);

export const rule: KubernetesRule = {
  id: 'K8S024',
  title: 'Pod mounts a container runtime socket or a sensitive host directory',
  kind: 'kubernetes',
  severity: 'error',
  category: 'isolation',
  fixable: false,
  references: [
    'trivy:KSV-0121', 'trivy:KSV-0006', 'checkov:CKV_K8S_27', 'kube-linter:sensitive-host-mounts', 'kube-linter:docker-sock',
    'kubesec:DockerSock', 'kubesec:ProcMount', 'semgrep:exposing-docker-socket-hostpath',
  ],
  check(model, report) {
    for (const pod of model.pods) {
      for (const volume of volumesOf(pod)) {
        const host = hostPathOf(volume);
        if (!host) continue;
        const socket = SOCKETS.test(host.path);
        if (!socket && !SENSITIVE.has(host.path)) continue;
        report({
          range: keyRange(model.file.lines, host.pair),
          message: socket
            ? `${describeObject(pod.object)} mounts the container runtime socket \`${host.path}\`: whoever can reach it can start a privileged container, which is root on the node.`
            : `${describeObject(pod.object)} mounts the node's \`${host.path}\`: it exposes host credentials, configuration or devices, and, if writable, lets the pod change the node.`,
        });
      }
    }
  },
};
