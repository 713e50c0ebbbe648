// readOnlyRootFilesystem not true: the container can modify its own image.
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { setPath } from '../../engine/yaml/edit';
import { containerContext, isWindowsPod, fixList } from './securityContext';

export const rule: KubernetesRule = {
  id: 'K8S021',
  title: 'Root filesystem is writable',
  kind: 'kubernetes',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: [
    'trivy:KSV-0014', 'checkov:CKV_K8S_22', 'kube-linter:no-read-only-root-fs', 'polaris:notReadOnlyRootFilesystem',
    'kubesec:ReadOnlyRootFilesystem', 'semgrep:writable-filesystem-container',
  ],
  check(model, report) {
    for (const container of model.containers) {
      const contextPair = pairOf(container.map, 'securityContext');
      // No securityContext is K8S001's; Windows containers cannot have a read-only root.
      if (!contextPair || isWindowsPod(container)) continue;
      const pair = pairOf(containerContext(container), 'readOnlyRootFilesystem');
      if (pair && isScalar(pair.value) && pair.value.value === true) continue;
      if (!pair && isPartialContainer(model, container)) continue;
      const edits = setPath(model.file, container.map, ['securityContext', 'readOnlyRootFilesystem'], true, model.style);
      report({
        range: keyRange(model.file.lines, pair ?? contextPair),
        message: `The ${describeContainer(container)} can write to its root filesystem: an intruder can change binaries and drop tools. Set \`readOnlyRootFilesystem: true\` and mount an emptyDir where the app writes (e.g. /tmp).`,
        fixes: fixList('Set readOnlyRootFilesystem: true', edits),
      });
    }
  },
};
