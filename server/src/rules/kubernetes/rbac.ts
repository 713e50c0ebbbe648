// RBAC rules of Roles and ClusterRoles, and what they grant, matched as the
// API server matches them (wildcards, `pods/*`, `*/scale`).
import { isMap, isScalar, isSeq } from 'yaml';
import { keyRange, mapAt, pairOf, seqAt, stringAt, type YamlMap } from '../../engine/yaml/document';
import { describeObject, type K8sObject, type KubernetesModel } from '../../engine/kubernetes/model';
import type { Range, Reporter } from '../../engine/types';

export interface PolicyRule { role: K8sObject; map: YamlMap; apiGroups: string[]; resources: string[]; verbs: string[]; resourceNames: string[] }

const strings = (map: YamlMap, key: string): string[] => {
  const v = pairOf(map, key)?.value;
  return isSeq(v) ? v.items.filter(isScalar).map((i) => String(i.value)) : isScalar(v) && v.value !== null ? [String(v.value)] : [];
};

/** Every resource rule of every Role and ClusterRole in the file, computed once. */
export function policyRules(model: KubernetesModel): PolicyRule[] {
  return model.file.memo(policyRules, () => findPolicyRules(model));
}

function findPolicyRules(model: KubernetesModel): PolicyRule[] {
  const list: PolicyRule[] = [];
  for (const role of model.objects) {
    if (role.kind !== 'Role' && role.kind !== 'ClusterRole') continue;
    for (const item of seqAt(role.map, 'rules')?.items ?? []) {
      if (!isMap(item)) continue;
      const map = item as YamlMap;
      const rule = { role, map, apiGroups: strings(map, 'apiGroups'), resources: strings(map, 'resources'), verbs: strings(map, 'verbs'), resourceNames: strings(map, 'resourceNames') };
      if (rule.resources.length > 0) list.push(rule);
    }
  }
  return list;
}

export const hasWildcard = (rule: PolicyRule): boolean => rule.verbs.includes('*') || rule.resources.includes('*');

function resourceMatches(entry: string, target: string): boolean {
  if (entry === '*' || entry === target) return true;
  if (entry.endsWith('/*')) return target.startsWith(entry.slice(0, -1));
  if (entry.startsWith('*/')) return target.endsWith(entry.slice(1));
  return false;
}

/** The `resource` entries (by target name) that `rule` grants any of `verbs` on, in API group `group`. */
export function grants(rule: PolicyRule, group: string, resources: string[], verbs: string[]): string[] {
  if (!rule.apiGroups.some((g) => g === '*' || g === group)) return [];
  if (!rule.verbs.some((v) => v === '*' || verbs.includes(v))) return [];
  return resources.filter((r) => rule.resources.some((e) => resourceMatches(e, r)));
}

/** Where a finding about a rule points: its `resources` key. */
export function ruleRange(model: KubernetesModel, rule: PolicyRule): Range {
  return keyRange(model.file.lines, pairOf(rule.map, 'resources') ?? rule.map.items[0]);
}

export interface Grant { group: string; resources: string[]; verbs: string[] }

/**
 * Reports each rule (without wildcards: those are K8S029's) that grants one of
 * `targets`, with `describe(granted)` as the message tail.
 */
export function reportGrants(model: KubernetesModel, report: Reporter, targets: Grant[], describe: (granted: string[]) => string): void {
  for (const rule of policyRules(model)) {
    if (hasWildcard(rule)) continue;
    const granted = targets.flatMap((t) => grants(rule, t.group, t.resources, t.verbs));
    if (granted.length === 0) continue;
    report({ range: ruleRange(model, rule), message: `${describeObject(rule.role)} ${describe([...new Set(granted)])}` });
  }
}

/** Role bindings with their roleRef and subjects. */
export interface Binding { object: K8sObject; roleKind?: string; roleName?: string; subjects: YamlMap[] }

export function bindings(model: KubernetesModel): Binding[] {
  return model.objects.filter((o) => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding').map((object) => {
    const ref = mapAt(object.map, 'roleRef');
    return {
      object,
      roleKind: stringAt(ref, 'kind'),
      roleName: stringAt(ref, 'name'),
      subjects: (seqAt(object.map, 'subjects')?.items ?? []).filter(isMap) as YamlMap[],
    };
  });
}
