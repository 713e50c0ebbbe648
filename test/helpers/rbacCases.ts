// Role and binding manifests for the RBAC rule tests.
export const role = (rules: string, kind = 'ClusterRole') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: r\nrules:\n${rules}`;

export const binding = (roleRef: string, subjects: string, kind = 'ClusterRoleBinding') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: b\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n${roleRef}subjects:\n${subjects}`;
