// Kubernetes rules, sorted by id.
import type { KubernetesRule } from '../rule';
import { rule as K8S001 } from './K8S001-missing-security-context';
import { rule as K8S002 } from './K8S002-capabilities-not-dropped';
import { rule as K8S003 } from './K8S003-host-namespaces';
import { rule as K8S004 } from './K8S004-privileged';
import { rule as K8S005 } from './K8S005-capabilities-added';
import { rule as K8S006 } from './K8S006-host-path-volume';
import { rule as K8S007 } from './K8S007-host-port';
import { rule as K8S008 } from './K8S008-probe-host';
import { rule as K8S009 } from './K8S009-apparmor-unconfined';
import { rule as K8S010 } from './K8S010-selinux-options';
import { rule as K8S011 } from './K8S011-proc-mount';
import { rule as K8S012 } from './K8S012-seccomp-unconfined';
import { rule as K8S013 } from './K8S013-unsafe-sysctl';
import { rule as K8S014 } from './K8S014-windows-host-process';
import { rule as K8S015 } from './K8S015-restricted-volume-type';
import { rule as K8S016 } from './K8S016-privilege-escalation';
import { rule as K8S017 } from './K8S017-run-as-non-root';
import { rule as K8S018 } from './K8S018-run-as-root-uid';
import { rule as K8S019 } from './K8S019-seccomp-not-set';
import { rule as K8S020 } from './K8S020-proc-mount-restricted';
import { rule as K8S021 } from './K8S021-writable-root-filesystem';
import { rule as K8S022 } from './K8S022-service-account-token';
import { rule as K8S023 } from './K8S023-image-tag';
import { rule as K8S024 } from './K8S024-sensitive-host-path';
import { rule as K8S025 } from './K8S025-writable-host-mount';
import { rule as K8S026 } from './K8S026-secret-in-env';
import { rule as K8S027 } from './K8S027-secret-in-configmap';
import { rule as K8S028 } from './K8S028-secret-values-committed';
import { rule as K8S029 } from './K8S029-rbac-wildcard';
import { rule as K8S030 } from './K8S030-rbac-read-secrets';
import { rule as K8S031 } from './K8S031-rbac-exec';
import { rule as K8S032 } from './K8S032-rbac-escalation';
import { rule as K8S033 } from './K8S033-rbac-create-workloads';
import { rule as K8S034 } from './K8S034-rbac-sensitive';
import { rule as K8S035 } from './K8S035-cluster-admin-binding';
import { rule as K8S036 } from './K8S036-binding-to-system-group';

export const KUBERNETES_RULES: readonly KubernetesRule[] = [
  K8S001, K8S002, K8S003, K8S004, K8S005, K8S006, K8S007, K8S008, K8S009, K8S010,
  K8S011, K8S012, K8S013, K8S014, K8S015, K8S016, K8S017, K8S018, K8S019, K8S020,
  K8S021, K8S022, K8S023, K8S024, K8S025, K8S026, K8S027, K8S028,
  K8S029, K8S030, K8S031, K8S032, K8S033, K8S034, K8S035, K8S036,
];
