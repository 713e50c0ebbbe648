// Seccomp and AppArmor annotations: replaced by securityContext fields (seccomp
// since v1.19, no longer applied from v1.27; AppArmor since v1.30).
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, mapAt, pairOf, type YamlMap, type YamlPair } from '../../engine/yaml/document';
import { describeObject, type KubernetesModel, type PodSpec } from '../../engine/kubernetes/model';
import { addToMap, mergeEdits, removePairLines, replaceValue, type YamlValue } from '../../engine/yaml/edit';
import type { TextEdit } from '../../engine/types';
import { containerContext, fixList, podContext } from './securityContext';
import { APPARMOR_ANNOTATION } from './K8S009-apparmor-unconfined';

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';

interface Target { field: 'seccompProfile' | 'appArmorProfile'; context?: YamlMap; where: string }

/** The field value for an annotation value; undefined for unconfined (K8S009's and K8S012's business). */
function profileFor(value: string): { [key: string]: YamlValue } | undefined {
  if (value === 'runtime/default' || value === 'docker/default') return { type: 'RuntimeDefault' };
  if (value.startsWith('localhost/') && value.length > 'localhost/'.length) return { type: 'Localhost', localhostProfile: value.slice('localhost/'.length) };
  return undefined;
}

function targetOf(pod: PodSpec, key: string): Target | undefined {
  if (key === SECCOMP_POD) return { field: 'seccompProfile', context: podContext(pod), where: 'the pod securityContext' };
  const prefix = key.startsWith(SECCOMP_CONTAINER) ? SECCOMP_CONTAINER : key.startsWith(APPARMOR_ANNOTATION) ? APPARMOR_ANNOTATION : undefined;
  if (!prefix) return undefined;
  const name = key.slice(prefix.length);
  const container = pod.containers.find((c) => c.name === name);
  return { field: prefix === SECCOMP_CONTAINER ? 'seccompProfile' : 'appArmorProfile', context: container && containerContext(container), where: `the securityContext of container \`${name}\`` };
}

/** Removes one annotation, leaving `annotations: {}` when it was the only one. */
function removeAnnotation(model: KubernetesModel, metadata: YamlMap, annotations: YamlMap, pair: YamlPair): TextEdit | undefined {
  if (annotations.items.length > 1) return removePairLines(model.file, annotations, pair);
  return replaceValue(model.file, pairOf(metadata, 'annotations')!, '{}');
}

export const rule: KubernetesRule = {
  id: 'K8S056',
  title: 'Deprecated seccomp or AppArmor annotation',
  kind: 'kubernetes',
  severity: 'info',
  category: 'isolation',
  fixable: true,
  references: [],
  check(model, report) {
    for (const pod of model.pods) {
      const annotations = mapAt(pod.metadata, 'annotations');
      for (const pair of annotations?.items ?? []) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const target = targetOf(pod, key);
        if (!target || !isScalar(pair.value)) continue;
        const profile = profileFor(String(pair.value.value ?? ''));
        // Only a container that already has a securityContext gets the field: adding one would start the
        // restricted checks that skip containers without it (K8S001 covers those).
        const edits: TextEdit[] = [];
        if (profile && (target.context || target.where === 'the pod securityContext')) {
          const removal = removeAnnotation(model, pod.metadata!, annotations!, pair as YamlPair);
          if (removal) {
            edits.push(removal);
            if (!pairOf(target.context, target.field)) {
              edits.push(...(target.context ? addToMap(model.file, target.context, { [target.field]: profile }, model.style)
                : addToMap(model.file, pod.spec, { securityContext: { [target.field]: profile } }, model.style)));
            }
          }
        }
        report({
          range: keyRange(model.file.lines, pair as YamlPair),
          message: `${describeObject(pod.object)} uses the deprecated annotation \`${key}\`: ${target.field === 'seccompProfile' ? 'the kubelet no longer applies seccomp annotations (v1.27+)' : 'AppArmor annotations are deprecated since v1.30'}. Set \`${target.field}\` in ${target.where} instead.`,
          fixes: fixList(`Move it to ${target.field}`, edits.length ? mergeEdits(model.file, edits) : undefined),
        });
      }
    }
  },
};
