// Dockerfile rules, sorted by id.
import type { DockerfileRule } from '../rule';
import { rule as DF001 } from './DF001-root-user';
import { rule as DF030 } from './DF030-secret-arg-env';
import { rule as DF031 } from './DF031-credential-file-env';
import { rule as DF032 } from './DF032-secret-file-copied';
import { rule as DF033 } from './DF033-tls-disabled-env';
import { rule as DF034 } from './DF034-add-local-files';
import { rule as DF035 } from './DF035-add-url-no-checksum';
import { rule as DF036 } from './DF036-add-git-unpinned';
import { rule as DF037 } from './DF037-expose-ssh';
import { rule as DF038 } from './DF038-expose-risky-port';
import { rule as DF039 } from './DF039-expose-out-of-range';
import { rule as DF040 } from './DF040-expose-host-mapping';
import { rule as DF041 } from './DF041-expose-protocol-case';
import { rule as DF045 } from './DF045-shell-form-entrypoint';
import { rule as DF046 } from './DF046-shell-form-cmd';
import { rule as DF042 } from './DF042-missing-healthcheck';
import { rule as DF043 } from './DF043-healthcheck-none';
import { rule as DF044 } from './DF044-duplicate-runtime-instruction';
import { rule as DF047 } from './DF047-sshd-started';
import { rule as DF048 } from './DF048-relative-workdir';
import { rule as DF049 } from './DF049-system-workdir';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [DF001, DF030, DF031, DF032, DF033, DF034, DF035, DF036, DF037, DF038, DF039, DF040, DF041, DF045, DF046, DF042, DF043, DF044, DF047, DF048, DF049];
