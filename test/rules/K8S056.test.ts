import { rule } from '../../server/src/rules/kubernetes/K8S056-deprecated-security-annotations';
import { ruleTester } from '../helpers/ruleTester';

const POD_SECCOMP = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default\nspec:\n  containers:\n    - name: a\n      image: a:1\n';
const deploy = (annotation: string, context: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations:\n        prometheus.io/scrape: "true"\n${annotation ? `        ${annotation}\n` : ''}    spec:\n      containers:\n        - name: a\n          image: a:1\n${context}`;
const CONTEXT = '          securityContext:\n            runAsNonRoot: true\n';

ruleTester(rule, {
  valid: [{ name: 'fields only', code: deploy('', `${CONTEXT}            appArmorProfile:\n              type: RuntimeDefault\n`) }],
  invalid: [
    {
      name: 'pod seccomp annotation → pod field', code: POD_SECCOMP, lines: [6], message: /no longer applies/,
      output: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {}\nspec:\n  containers:\n    - name: a\n      image: a:1\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n',
    },
    {
      name: 'AppArmor localhost → container field', code: deploy('container.apparmor.security.beta.kubernetes.io/a: localhost/my-profile', CONTEXT), lines: [10], message: /appArmorProfile/,
      output: deploy('', `${CONTEXT}            appArmorProfile:\n              type: Localhost\n              localhostProfile: my-profile\n`),
    },
    {
      name: 'container seccomp in a CronJob, second document', lines: [16],
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          annotations:\n            container.seccomp.security.alpha.kubernetes.io/a: docker/default\n        spec:\n          containers:\n            - name: a\n              image: a:1\n              securityContext: {runAsNonRoot: true}\n',
      output: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          annotations: {}\n        spec:\n          containers:\n            - name: a\n              image: a:1\n              securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n',
    },
    { name: 'unconfined: K8S009 says what to do, no migration', code: deploy('container.apparmor.security.beta.kubernetes.io/a: unconfined', CONTEXT), lines: [10], output: null },
    { name: 'container without securityContext: no fix', code: deploy('container.apparmor.security.beta.kubernetes.io/a: runtime/default', ''), lines: [10], output: null },
  ],
});
