// Dockerfile rules, sorted by id.
import type { DockerfileRule } from '../rule';
import { rule as DF001 } from './DF001-root-user';
import { rule as DF070 } from './DF070-sudo';
import { rule as DF071 } from './DF071-tls-verification-disabled';
import { rule as DF072 } from './DF072-signature-verification-disabled';
import { rule as DF073 } from './DF073-chpasswd';
import { rule as DF074 } from './DF074-update-alone';
import { rule as DF075 } from './DF075-upgrade';
import { rule as DF076 } from './DF076-unpinned-packages';
import { rule as DF077 } from './DF077-missing-assume-yes';
import { rule as DF078 } from './DF078-no-install-recommends';
import { rule as DF079 } from './DF079-package-cache';
import { rule as DF080 } from './DF080-apt';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [DF001, DF070, DF071, DF072, DF073, DF074, DF075, DF076, DF077, DF078, DF079, DF080];
