// Compose rules, sorted by id.
import type { ComposeRule } from '../rule';
import { rule as DC001 } from './DC001-privileged';

export const COMPOSE_RULES: readonly ComposeRule[] = [DC001];
