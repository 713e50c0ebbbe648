// Compose rules, sorted by id.
import type { ComposeRule } from '../rule';
import { rule as DC001 } from './DC001-privileged';
import { rule as DC002 } from './DC002-cap-drop-all';
import { rule as DC003 } from './DC003-dangerous-cap-add';
import { rule as DC004 } from './DC004-network-mode-host';
import { rule as DC005 } from './DC005-pid-host';
import { rule as DC006 } from './DC006-ipc-host';
import { rule as DC007 } from './DC007-userns-host';
import { rule as DC008 } from './DC008-uts-cgroup-host';
import { rule as DC009 } from './DC009-shared-namespace';
import { rule as DC010 } from './DC010-docker-socket';
import { rule as DC011 } from './DC011-sensitive-host-path';
import { rule as DC012 } from './DC012-mount-propagation';
import { rule as DC013 } from './DC013-devices';
import { rule as DC014 } from './DC014-no-new-privileges';
import { rule as DC015 } from './DC015-seccomp-unconfined';
import { rule as DC016 } from './DC016-apparmor-unconfined';
import { rule as DC017 } from './DC017-selinux-disabled';
import { rule as DC018 } from './DC018-read-only';
import { rule as DC019 } from './DC019-user-root';
import { rule as DC020 } from './DC020-no-user';
import { rule as DC021 } from './DC021-port-all-interfaces';
import { rule as DC022 } from './DC022-privileged-port';
import { rule as DC023 } from './DC023-memory-limit';
import { rule as DC024 } from './DC024-cpu-limit';
import { rule as DC025 } from './DC025-pids-limit';
import { rule as DC026 } from './DC026-healthcheck';
import { rule as DC027 } from './DC027-restart-on-failure';
import { rule as DC028 } from './DC028-cgroup-parent';
import { rule as DC029 } from './DC029-no-networks';
import { rule as DC030 } from './DC030-shared-volume';
import { rule as DC031 } from './DC031-image-tag';
import { rule as DC032 } from './DC032-image-digest';
import { rule as DC033 } from './DC033-container-name';
import { rule as DC034 } from './DC034-duplicate-port';
import { rule as DC035 } from './DC035-obsolete-version';
import { rule as DC036 } from './DC036-secret-in-environment';
import { rule as DC037 } from './DC037-secret-env-file';
import { rule as DC038 } from './DC038-secret-build-arg';
import { rule as DC039 } from './DC039-unsafe-sysctl';
import { rule as DC040 } from './DC040-no-ulimits';
import { rule as DC041 } from './DC041-tmpfs-exec';
import { rule as DC042 } from './DC042-build-privileged';

export const COMPOSE_RULES: readonly ComposeRule[] = [
  DC001,
  DC002,
  DC003,
  DC004,
  DC005,
  DC006,
  DC007,
  DC008,
  DC009,
  DC010,
  DC011,
  DC012,
  DC013,
  DC014,
  DC015,
  DC016,
  DC017,
  DC018,
  DC019,
  DC020,
  DC021,
  DC022,
  DC023,
  DC024,
  DC025,
  DC026,
  DC027,
  DC028,
  DC029,
  DC030,
  DC031,
  DC032,
  DC033,
  DC034,
  DC035,
  DC036,
  DC037,
  DC038,
  DC039,
  DC040,
  DC041,
  DC042,
];
