// Kubernetes rules, sorted by id.
import type { KubernetesRule } from '../rule';
import { rule as K8S001 } from './K8S001-missing-security-context';
import { rule as K8S002 } from './K8S002-capabilities-not-dropped';

export const KUBERNETES_RULES: readonly KubernetesRule[] = [K8S001, K8S002];
