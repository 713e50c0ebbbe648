// A container's securityContext that does not drop ALL capabilities.
import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, seqAt, type YamlMap } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { addToMap, appendToSeq, fillEmptyValue, isEmptyValue, replaceNode } from '../../engine/yaml/edit';
import { isWindowsPod } from './securityContext';
import type { TextEdit } from '../../engine/types';

export const rule: KubernetesRule = {
  id: 'K8S002',
  title: 'Container does not drop all capabilities',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'capabilities',
  fixable: true,
  podSecurityLevel: 'restricted',
  references: [
    'pss:restricted:capabilities_restricted', 'trivy:KSV-0003', 'checkov:CKV_K8S_37', 'checkov:CKV_K8S_28',
    'kube-linter:drop-net-raw-capability', 'polaris:insecureCapabilities', 'kubesec:CapDropAll',
  ],
  check(model, report) {
    const { file, style } = model;
    for (const container of model.containers) {
      const contextPair = pairOf(container.map, 'securityContext');
      // No securityContext at all is K8S001's finding, with a fix that covers this one.
      if (!contextPair || isWindowsPod(container)) continue;
      const context = contextPair.value;
      const capabilities = mapAt(context, 'capabilities');
      const drop = seqAt(capabilities, 'drop');
      if (drop?.items.some((i) => isScalar(i) && i.value === 'ALL')) continue;
      const lowerAll = drop?.items.find((i) => isScalar(i) && typeof i.value === 'string' && i.value.toUpperCase() === 'ALL') as Node | undefined;
      let edits: TextEdit[];
      if (lowerAll) edits = [replaceNode(file, lowerAll, 'ALL')];
      else if (drop) edits = [appendToSeq(file, drop, 'ALL')];
      else if (capabilities) edits = addToMap(file, capabilities, { drop: ['ALL'] }, style);
      else if (isMap(context)) edits = addToMap(file, context as YamlMap, { capabilities: { drop: ['ALL'] } }, style);
      else if (isEmptyValue(contextPair)) edits = fillEmptyValue(file, contextPair, { capabilities: { drop: ['ALL'] } }, style);
      else continue; // not a mapping: nothing sensible to edit
      const at = pairOf(capabilities, 'drop') ?? pairOf(context, 'capabilities') ?? contextPair;
      report({
        range: keyRange(file.lines, at),
        message: lowerAll
          ? `The ${describeContainer(container)} drops \`${String((lowerAll as Scalar).value)}\`: Pod Security admission accepts only \`ALL\` in upper case, so the restricted level rejects this pod.`
          : `The ${describeContainer(container)} keeps Linux capabilities: \`capabilities.drop\` must include \`ALL\` (add back only what it needs, e.g. NET_BIND_SERVICE).`,
        fixes: [{ title: lowerAll ? 'Write ALL in upper case' : 'Drop all capabilities', edits }],
      });
    }
  },
};
