// /proc mount type: the baseline check (relaxed for user-namespaced pods since
// v1.35) and the restricted one (never relaxed) share this test.
import { isScalar, type Node } from 'yaml';
import type { Reporter } from '../../engine/types';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeContainer, type KubernetesModel } from '../../engine/kubernetes/model';
import { replaceNode } from '../../engine/yaml/edit';
import { containerContext, usesUserNamespace } from './securityContext';

export function checkProcMount(model: KubernetesModel, report: Reporter, userNamespaced: boolean): void {
  for (const container of model.containers) {
    if (usesUserNamespace(container.pod) !== userNamespaced) continue;
    const pair = pairOf(containerContext(container), 'procMount');
    if (!pair || !isScalar(pair.value) || pair.value.value === 'Default' || pair.value.value === null) continue;
    report({
      range: keyRange(model.file.lines, pair),
      message: `The ${describeContainer(container)} mounts /proc as \`${String(pair.value.value)}\`, without the runtime's masks over sensitive kernel paths.${userNamespaced ? ' The pod runs in a user namespace, which the baseline level accepts, but the restricted level still requires Default.' : ''}`,
      fixes: [{ title: 'Use the Default /proc mount', edits: [replaceNode(model.file, pair.value as Node, 'Default')] }],
    });
  }
}
