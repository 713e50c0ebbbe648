import { rule } from '../../server/src/rules/kubernetes/K8S063-tiller-dashboard';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

ruleTester(rule, {
  valid: [
    ...validContainerCases('an app called dashboard', 'name: a\nimage: ghcr.io/example/dashboard:1.0'),
    { name: 'another Service', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n' },
  ],
  invalid: [
    ...containerCases({ name: 'Tiller', container: 'name: tiller\nimage: gcr.io/kubernetes-helm/tiller:v2.16.12', lines: [2], message: /Helm v2 Tiller/, fixed: null }),
    ...containerCases({ name: 'Dashboard', container: 'name: dashboard\nimage: kubernetesui/dashboard:v2.7.0', lines: [2], message: /Kubernetes Dashboard/, fixed: null }),
    { name: 'tiller-deploy Service', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: tiller-deploy\n  namespace: kube-system\nspec:\n  ports: [{port: 44134}]\n', lines: [2], output: null },
  ],
});
