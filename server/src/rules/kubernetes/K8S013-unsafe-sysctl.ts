// PSS baseline sysctls: only namespaced, safe sysctls (the v1.37 allow-list).
import { isMap } from 'yaml';
import type { KubernetesRule } from '../rule';
import { nodeRange, pairOf, seqAt, stringAt } from '../../engine/yaml/document';
import { describeObject } from '../../engine/kubernetes/model';
import { podContext } from './securityContext';

/** The safe sysctls, with the version that added each group: v1.0, v1.27, v1.29, v1.32, v1.37. */
export const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem',
  'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat',
]);

export const rule: KubernetesRule = {
  id: 'K8S013',
  title: 'Pod sets an unsafe sysctl',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  podSecurityLevel: 'baseline',
  references: ['pss:baseline:sysctls', 'trivy:KSV-0026', 'kube-linter:unsafe-sysctls'],
  check(model, report) {
    for (const pod of model.pods) {
      for (const sysctl of seqAt(podContext(pod), 'sysctls')?.items ?? []) {
        const name = stringAt(sysctl, 'name');
        // PSA compares the dotted name; a slash-separated spelling is the same sysctl.
        if (!isMap(sysctl) || name === undefined || SAFE_SYSCTLS.has(name.replace(/\//g, '.'))) continue;
        report({
          range: nodeRange(model.file.lines, pairOf(sysctl, 'name')!.value),
          message: `${describeObject(pod.object)} sets sysctl \`${name}\`, which is not on the safe list: it may not be namespaced, so it can change the whole node or weaken its defences.`,
        });
      }
    }
  },
};
