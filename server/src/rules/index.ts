// The explicit registry of every rule. A rule exists only once listed in its kind's index.
import type { AnyRule } from './rule';
import { COMPOSE_RULES } from './compose';
import { DOCKERFILE_RULES } from './dockerfile';
import { KUBERNETES_RULES } from './kubernetes';

export const RULES: readonly AnyRule[] = [...DOCKERFILE_RULES, ...KUBERNETES_RULES, ...COMPOSE_RULES];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));
