// A hostPath volume mounted read-write into a container.
import { isMap, isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { fixList } from './securityContext';
import { keyRange, pairOf, seqAt, stringAt, type YamlMap } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { setPath } from '../../engine/yaml/edit';
import { hostPathOf, volumesOf } from './volumes';

export const rule: KubernetesRule = {
  id: 'K8S025',
  title: 'hostPath volume mounted writable',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'isolation',
  fixable: true,
  references: ['kube-linter:writable-host-mount'],
  check(model, report) {
    for (const container of model.containers) {
      const hostVolumes = new Map(volumesOf(container.pod).flatMap((v) => {
        const host = hostPathOf(v);
        return host ? [[v.name, host.path] as const] : [];
      }));
      if (hostVolumes.size === 0) continue;
      for (const mount of seqAt(container.map, 'volumeMounts')?.items ?? []) {
        if (!isMap(mount)) continue;
        const path = hostVolumes.get(stringAt(mount, 'name') ?? '');
        if (path === undefined) continue;
        const readOnly = pairOf(mount, 'readOnly');
        if (readOnly && isScalar(readOnly.value) && readOnly.value.value === true) continue;
        const edits = setPath(model.file, mount as YamlMap, ['readOnly'], true, model.style);
        report({
          range: keyRange(model.file.lines, readOnly ?? pairOf(mount, 'name')!),
          message: `The ${describeContainer(container)} mounts the node's \`${path || '(no path)'}\` writable at \`${stringAt(mount, 'mountPath') ?? '?'}\`: it can change files the node and other pods rely on.`,
          fixes: fixList('Mount it read-only', edits),
        });
      }
    }
  },
};
