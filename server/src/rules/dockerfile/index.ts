// Dockerfile rules, sorted by id.
import type { DockerfileRule } from '../rule';
import { rule as DF001 } from './DF001-root-user';
import { rule as DF002 } from './DF002-untagged-image';
import { rule as DF003 } from './DF003-latest-tag';
import { rule as DF004 } from './DF004-digest-not-pinned';
import { rule as DF005 } from './DF005-untrusted-registry';
import { rule as DF006 } from './DF006-end-of-life-image';
import { rule as DF007 } from './DF007-not-distroless';
import { rule as DF008 } from './DF008-user-by-name';
import { rule as DF009 } from './DF009-copy-from-own-stage';
import { rule as DF010 } from './DF010-copy-from-undefined-stage';
import { rule as DF011 } from './DF011-duplicate-stage-name';
import { rule as DF012 } from './DF012-reserved-stage-name';
import { rule as DF013 } from './DF013-platform-constant';
import { rule as DF014 } from './DF014-redundant-target-platform';
import { rule as DF015 } from './DF015-onbuild-trigger';
import { rule as DF016 } from './DF016-first-instruction';
import { rule as DF017 } from './DF017-undefined-arg-in-from';
import { rule as DF018 } from './DF018-invalid-default-arg-in-from';
import { rule as DF019 } from './DF019-stage-name-casing';
import { rule as DF020 } from './DF020-from-as-casing';
import { rule as DF021 } from './DF021-inconsistent-instruction-casing';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [DF001, DF002, DF003, DF004, DF005, DF006, DF007, DF008, DF009, DF010, DF011, DF012, DF013, DF014, DF015, DF016, DF017, DF018, DF019, DF020, DF021];
