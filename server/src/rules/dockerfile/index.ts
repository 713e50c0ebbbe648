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
import { rule as DF081 } from './DF081-pointless-command';
import { rule as DF082 } from './DF082-wget-and-curl';
import { rule as DF083 } from './DF083-pipefail';
import { rule as DF084 } from './DF084-relink-bin-sh';
import { rule as DF085 } from './DF085-run-cd';
import { rule as DF086 } from './DF086-useradd-large-uid';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [DF001, DF070, DF071, DF072, DF073, DF074, DF075, DF076, DF077, DF078, DF079, DF080, DF081, DF082, DF083, DF084, DF085, DF086];
