// The explicit registry of every rule, sorted by id. A rule exists only once listed here.
import type { AnyRule } from './rule';
import { rule as DC001 } from './compose/DC001-privileged';
import { rule as DF001 } from './dockerfile/DF001-root-user';
import { rule as K8S001 } from './kubernetes/K8S001-missing-security-context';
import { rule as K8S002 } from './kubernetes/K8S002-capabilities-not-dropped';

export const RULES: readonly AnyRule[] = [DC001, DF001, K8S001, K8S002];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));
