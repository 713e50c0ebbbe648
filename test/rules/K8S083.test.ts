import { rule } from '../../server/src/rules/kubernetes/K8S083-kubelet-config';
import { ruleTester } from '../helpers/ruleTester';

const cfg = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;
const SAFE = 'authentication:\n  anonymous:\n    enabled: false\nauthorization:\n  mode: Webhook\nreadOnlyPort: 0\n';
ruleTester(rule, {
  valid: [{ name: 'secure settings', code: cfg(SAFE) }],
  invalid: [
    {
      name: 'anonymous and AlwaysAllow', code: cfg('authentication:\n  anonymous:\n    enabled: true\nauthorization:\n  mode: AlwaysAllow\n'),
      lines: [5, 7], message: /kubelet configuration sets/, output: cfg('authentication:\n  anonymous:\n    enabled: false\nauthorization:\n  mode: AlwaysAllow\n'),
    },
    { name: 'read-only port, second document', code: `${cfg(SAFE)}---\n${cfg('readOnlyPort: 10255\nstreamingConnectionIdleTimeout: 0s\n')}`, lines: [12, 13], output: `${cfg(SAFE)}---\n${cfg('readOnlyPort: 0\nstreamingConnectionIdleTimeout: 0s\n')}` },
    { name: 'idle timeout: no fix', code: cfg('streamingConnectionIdleTimeout: "0"\n'), lines: [3], output: null },
  ],
});
