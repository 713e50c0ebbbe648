import type { Rule } from '../engine/types';
import type { DockerfileModel } from '../engine/dockerfile/model';
import type { KubernetesModel } from '../engine/kubernetes/model';
import type { ComposeModel } from '../engine/compose/model';

export interface DockerfileRule extends Rule<DockerfileModel> { kind: 'dockerfile' }
export interface KubernetesRule extends Rule<KubernetesModel> {
  kind: 'kubernetes';
  /** The Pod Security level this check belongs to; restricted-only rules are off when the configured level is baseline. */
  podSecurityLevel?: 'baseline' | 'restricted';
}
export interface ComposeRule extends Rule<ComposeModel> { kind: 'compose' }
export type AnyRule = DockerfileRule | KubernetesRule | ComposeRule;
