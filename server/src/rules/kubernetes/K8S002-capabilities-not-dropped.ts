// PSS restricted capabilities_restricted: drop must include ALL; add may hold only NET_BIND_SERVICE.
import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, nodeRange, pairOf, seqAt, type YamlMap } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer, type Container, type KubernetesModel } from '../../engine/kubernetes/model';
import { addToMap, appendToSeq, fillEmptyValue, isEmptyValue, mergeEdits, replaceNode, replacePair } from '../../engine/yaml/edit';
import { isWindowsPod, fixList } from './securityContext';
import { addedCapabilities, BASELINE_CAPABILITIES, removeAdded, type AddedCapability } from './capabilities';
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
    'pss:restricted:capabilities_restricted', 'trivy:KSV-0003', 'trivy:KSV-0004', 'trivy:KSV-0106', 'checkov:CKV_K8S_37',
    'checkov:CKV_K8S_28', 'kube-linter:drop-net-raw-capability', 'polaris:insecureCapabilities', 'kubesec:CapDropAll',
    'kubesec:CapDropAny',
  ],
  check(model, report) {
    const { file } = model;
    for (const container of model.containers) {
      const contextPair = pairOf(container.map, 'securityContext');
      // No securityContext at all is K8S001's finding, with a fix that covers this one.
      if (!contextPair || isWindowsPod(container)) continue;
      const forbidden = addedCapabilities(container).filter((c) => c.name !== 'NET_BIND_SERVICE');
      const capabilities = mapAt(contextPair.value, 'capabilities');
      const drop = seqAt(capabilities, 'drop');
      if (drop?.items.some((i) => isScalar(i) && i.value === 'ALL')) {
        // Adds outside the default set are K8S005's (baseline); the rest are reported here.
        const restrictedOnly = forbidden.filter((c) => BASELINE_CAPABILITIES.has(c.name));
        if (restrictedOnly.length === 0) continue;
        const edits = removeAdded(model, container, forbidden);
        for (const cap of restrictedOnly) {
          report({
            range: nodeRange(file.lines, cap.node),
            message: `The ${describeContainer(container)} adds \`${cap.name}\`: the restricted level allows adding back only NET_BIND_SERVICE.`,
            fixes: fixList('Remove capabilities the restricted level forbids', edits),
          });
        }
        continue;
      }
      const lowerAll = drop?.items.find((i) => isScalar(i) && typeof i.value === 'string' && i.value.toUpperCase() === 'ALL') as Node | undefined;
      if (!lowerAll && isPartialContainer(model, container)) continue; // the drop list may come from the base
      const edits = dropAllEdits(model, container, lowerAll, forbidden);
      if (!edits?.length) continue; // not a mapping: nothing sensible to edit
      const at = pairOf(capabilities, 'drop') ?? pairOf(contextPair.value, 'capabilities') ?? contextPair;
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

/** Drop ALL (or upper-case an `all`), and remove the adds the restricted level forbids. */
function dropAllEdits(model: KubernetesModel, container: Container, lowerAll: Node | undefined, forbidden: AddedCapability[]): TextEdit[] | undefined {
  const { file, style } = model;
  const contextPair = pairOf(container.map, 'securityContext')!;
  const context = contextPair.value;
  const capabilities = mapAt(context, 'capabilities');
  const drop = seqAt(capabilities, 'drop');
  const addPair = pairOf(capabilities, 'add');
  const removeAll = forbidden.length > 0 && forbidden.length === (seqAt(capabilities, 'add')?.items.length ?? -1);
  if (lowerAll) return [replaceNode(file, lowerAll, 'ALL'), ...(forbidden.length ? removeAdded(model, container, forbidden) ?? [] : [])];
  if (!drop && capabilities && addPair && removeAll) return [replacePair(file, capabilities, addPair, { drop: ['ALL'] }, style)];
  const removal = forbidden.length ? removeAdded(model, container, forbidden) ?? [] : [];
  if (drop) return [appendToSeq(file, drop, 'ALL'), ...removal];
  if (capabilities) return mergeEdits(file, [...addToMap(file, capabilities, { drop: ['ALL'] }, style), ...removal]);
  if (isMap(context)) return addToMap(file, context as YamlMap, { capabilities: { drop: ['ALL'] } }, style);
  if (isEmptyValue(contextPair)) return fillEmptyValue(file, contextPair, { capabilities: { drop: ['ALL'] } }, style);
  return undefined;
}
