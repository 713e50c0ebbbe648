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
import { rule as K8S037 } from './K8S037-low-uid-gid';
import { rule as K8S038 } from './K8S038-root-group';
import { rule as K8S039 } from './K8S039-privileged-port';
import { rule as K8S040 } from './K8S040-default-service-account-bound';
import { rule as K8S041 } from './K8S041-default-service-account';
import { rule as K8S042 } from './K8S042-deprecated-service-account-field';
import { rule as K8S043 } from './K8S043-image-digest';
import { rule as K8S044 } from './K8S044-image-pull-policy';
import { rule as K8S045 } from './K8S045-public-registry';
import { rule as K8S046 } from './K8S046-resources-missing';
import { rule as K8S047 } from './K8S047-secret-env-from';
import { rule as K8S048 } from './K8S048-probes-missing';
import { rule as K8S049 } from './K8S049-probe-port-undeclared';
import { rule as K8S050 } from './K8S050-default-namespace';
import { rule as K8S051 } from './K8S051-host-aliases';
import { rule as K8S052 } from './K8S052-share-process-namespace';
import { rule as K8S053 } from './K8S053-host-users';
import { rule as K8S054 } from './K8S054-empty-dir-size-limit';
import { rule as K8S055 } from './K8S055-memory-empty-dir';
import { rule as K8S056 } from './K8S056-deprecated-security-annotations';
import { rule as K8S057 } from './K8S057-service-external-ips';
import { rule as K8S058 } from './K8S058-service-exposed';
import { rule as K8S059 } from './K8S059-load-balancer-source-ranges';
import { rule as K8S060 } from './K8S060-network-policy-missing';
import { rule as K8S061 } from './K8S061-ingress-without-tls';
import { rule as K8S062 } from './K8S062-ingress-nginx-snippet';
import { rule as K8S063 } from './K8S063-tiller-dashboard';
import { rule as K8S064 } from './K8S064-removed-api-version';
import { rule as K8S065 } from './K8S065-pod-security-policy';
import { rule as K8S066 } from './K8S066-namespace-pod-security';
import { rule as K8S067 } from './K8S067-legacy-token-secret';
import { rule as K8S068 } from './K8S068-tls-verify-disabled';
import { rule as K8S069 } from './K8S069-git-sync-git-binary';
import { rule as K8S070 } from './K8S070-gatekeeper-open-repo-prefix';
import { rule as K8S071 } from './K8S071-scc-privileged';
import { rule as K8S072 } from './K8S072-duplicate-env-var';
import { rule as K8S073 } from './K8S073-selector-mismatch';
import { rule as K8S074 } from './K8S074-control-plane-flags';
import { rule as K8S075 } from './K8S075-pdb-blocks-evictions';
import { rule as K8S076 } from './K8S076-invalid-port-name';
import { rule as K8S077 } from './K8S077-ssh-port';
import { rule as K8S078 } from './K8S078-single-replica';
import { rule as K8S079 } from './K8S079-job-ttl';
import { rule as K8S080 } from './K8S080-service-account-not-in-file';
import { rule as K8S081 } from './K8S081-dangling-service';
import { rule as K8S082 } from './K8S082-dangling-network-policy';
import { rule as K8S083 } from './K8S083-kubelet-config';

export const KUBERNETES_RULES: readonly KubernetesRule[] = [
  K8S001, K8S002, K8S003, K8S004, K8S005, K8S006, K8S007, K8S008, K8S009, K8S010,
  K8S011, K8S012, K8S013, K8S014, K8S015, K8S016, K8S017, K8S018, K8S019, K8S020,
  K8S021, K8S022, K8S023, K8S024, K8S025, K8S026, K8S027, K8S028, K8S029, K8S030,
  K8S031, K8S032, K8S033, K8S034, K8S035, K8S036, K8S037, K8S038, K8S039, K8S040,
  K8S041, K8S042, K8S043, K8S044, K8S045, K8S046, K8S047, K8S048, K8S049, K8S050,
  K8S051, K8S052, K8S053, K8S054, K8S055, K8S056, K8S057, K8S058, K8S059, K8S060,
  K8S061, K8S062, K8S063, K8S064, K8S065, K8S066, K8S067, K8S068, K8S069, K8S070,
  K8S071, K8S072, K8S073, K8S074, K8S075, K8S076, K8S077, K8S078, K8S079, K8S080, K8S081, K8S082, K8S083,
];
