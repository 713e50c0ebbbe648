// Dockerfile rules, sorted by id.
import type { DockerfileRule } from '../rule';
import { rule as DF001 } from './DF001-root-user';
import { rule as DF030 } from './DF030-secret-arg-env';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [DF001, DF030];
