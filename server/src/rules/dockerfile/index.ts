// Dockerfile rules, sorted by id.
import type { DockerfileRule } from '../rule';
import { rule as DF001 } from './DF001-root-user';
import { rule as DF070 } from './DF070-sudo';
import { rule as DF071 } from './DF071-tls-verification-disabled';
import { rule as DF072 } from './DF072-signature-verification-disabled';
import { rule as DF073 } from './DF073-chpasswd';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [DF001, DF070, DF071, DF072, DF073];
