// PSS restricted allowPrivilegeEscalation: must be set to false explicitly.
import type { KubernetesRule } from '../rule';
import { keyRange, pairOf } from '../../engine/yaml/document';
import { describeContainer, isPartialContainer } from '../../engine/kubernetes/model';
import { setPath } from '../../engine/yaml/edit';
import { containerContext, isWindowsPod, fixList } from './securityContext';
import { isScalar } from 'yaml';

export const rule: KubernetesRule = {
  id: 'K8S016',
  title: 'Container may escalate privileges',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  podSecurityLevel: 'restricted',
  references: [
    'pss:restricted:allowPrivilegeEscalation', 'trivy:KSV-0001', 'checkov:CKV_K8S_20', 'kube-linter:privilege-escalation-container',
    'polaris:privilegeEscalationAllowed', 'kubesec:AllowPrivilegeEscalation', 'semgrep:allow-privilege-escalation',
    'semgrep:allow-privilege-escalation-true', 'semgrep:allow-privilege-escalation-no-securitycontext',
  ],
  check(model, report) {
    for (const container of model.containers) {
      const contextPair = pairOf(container.map, 'securityContext');
      // No securityContext at all is K8S001's finding; Windows pods are exempt (v1.25+).
      if (!contextPair || isWindowsPod(container)) continue;
      const pair = pairOf(containerContext(container), 'allowPrivilegeEscalation');
      if (pair && isScalar(pair.value) && pair.value.value === false) continue;
      if (!pair && isPartialContainer(model, container)) continue;
      const edits = setPath(model.file, container.map, ['securityContext', 'allowPrivilegeEscalation'], false, model.style);
      report({
        range: keyRange(model.file.lines, pair ?? contextPair),
        message: pair
          ? `The ${describeContainer(container)} allows privilege escalation: setuid binaries and file capabilities can raise its privileges.`
          : `The ${describeContainer(container)} does not set \`allowPrivilegeEscalation: false\`: it defaults to true, so setuid binaries can raise its privileges. The restricted level requires it explicitly.`,
        fixes: fixList('Set allowPrivilegeEscalation: false', edits),
      });
    }
  },
};
