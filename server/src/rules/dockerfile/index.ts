// Dockerfile rules, sorted by id.
import type { DockerfileRule } from '../rule';
import { rule as DF001 } from './DF001-root-user';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [DF001];
