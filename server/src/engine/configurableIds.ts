// The ids a config's `rules:` may name: every rule, and the engine's own stale-suppression report.
import { RULES_BY_ID } from '../rules';
import { UNUSED_SUPPRESSION_ID } from './unusedSuppressions';

export const CONFIGURABLE_IDS: ReadonlySet<string> = new Set([...RULES_BY_ID.keys(), UNUSED_SUPPRESSION_ID]);
