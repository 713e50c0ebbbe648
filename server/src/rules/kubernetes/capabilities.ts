// Capability lists as Pod Security admission compares them: exact, case-sensitive strings.
import { isScalar, type Node } from 'yaml';
import { mapAt, pairOf, seqAt, type YamlMap } from '../../engine/yaml/document';
import type { Container, KubernetesModel } from '../../engine/kubernetes/model';
import { removePairLines, removeSeqItems, replaceValue } from '../../engine/yaml/edit';
import type { TextEdit } from '../../engine/types';
import { containerContext } from './securityContext';

/** The runtime's default set, which the baseline level lets a container add back. */
export const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID',
  'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** Capabilities that amount to root on the node or its network. */
export const DANGEROUS_CAPABILITIES = new Set(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_MODULE', 'NET_RAW', 'SYS_PTRACE', 'BPF', 'PERFMON', 'DAC_READ_SEARCH', 'SYS_RAWIO']);

export interface AddedCapability { node: Node; name: string }

export function capabilitiesOf(container: Container): YamlMap | undefined {
  return mapAt(containerContext(container), 'capabilities');
}

export function addedCapabilities(container: Container): AddedCapability[] {
  const add = seqAt(capabilitiesOf(container), 'add');
  return (add?.items ?? []).filter(isScalar).map((n) => ({ node: n as Node, name: String(n.value) }));
}

/**
 * Edits that remove `remove` from the container's `capabilities.add` list,
 * dropping the `add` key when nothing would be left.
 */
export function removeAdded(model: KubernetesModel, container: Container, remove: AddedCapability[]): TextEdit[] | undefined {
  const capabilities = capabilitiesOf(container)!;
  const pair = pairOf(capabilities, 'add')!;
  const add = seqAt(capabilities, 'add')!;
  if (remove.length === add.items.length) {
    const whole = removePairLines(model.file, capabilities, pair);
    return [whole ?? replaceValue(model.file, pair, '[]')];
  }
  return removeSeqItems(model.file, add, remove.map((r) => r.node));
}
