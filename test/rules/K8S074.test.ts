import { rule } from '../../server/src/rules/kubernetes/K8S074-control-plane-flags';
import { ruleTester } from '../helpers/ruleTester';
import { containerCases, validContainerCases } from '../helpers/k8sCases';

const API = 'name: kube-apiserver\nimage: registry.k8s.io/kube-apiserver:v1.31.0\ncommand:\n  - kube-apiserver\n  - --advertise-address=10.0.0.10';
ruleTester(rule, {
  valid: [
    ...validContainerCases('secure flags', `${API}\n  - --anonymous-auth=false\n  - --authorization-mode=Node,RBAC\n  - --profiling=false`),
    ...validContainerCases('another program with the same flag', 'name: a\nimage: a:1\nargs:\n  - --anonymous-auth=true'),
  ],
  invalid: [
    ...containerCases({
      name: 'apiserver: anonymous auth and AlwaysAllow', container: `${API}\n  - --anonymous-auth=true\n  - --authorization-mode=AlwaysAllow`,
      lines: [6, 7], message: /starts kube-apiserver with/, fixed: `${API}\n  - --anonymous-auth=false\n  - --authorization-mode=AlwaysAllow`,
    }),
    ...containerCases({
      name: 'kubelet run as a pod', container: 'name: kubelet\nimage: a:1\ncommand: [/usr/bin/kubelet, --read-only-port=10255, --rotate-certificates=false]',
      lines: [3, 3], message: /kubelet/, fixed: 'name: kubelet\nimage: a:1\ncommand: [/usr/bin/kubelet, --read-only-port=0, --rotate-certificates=false]',
    }),
    ...containerCases({
      name: 'etcd from its image, args only, bare boolean flag', container: 'name: etcd\nimage: registry.k8s.io/etcd:3.5.15-0\nargs:\n  - --client-cert-auth=false\n  - --auto-tls',
      lines: [4, 5], message: /etcd/, fixed: 'name: etcd\nimage: registry.k8s.io/etcd:3.5.15-0\nargs:\n  - --client-cert-auth=true\n  - --auto-tls',
    }),
  ],
});
