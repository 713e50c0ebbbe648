// git-sync told to run another git binary: code execution in the sync container (CKV_K8S_159).
import { isScalar } from 'yaml';
import type { KubernetesRule } from '../rule';
import { keyRange, nodeRange, pairOf, seqAt, stringAt } from '../../engine/yaml/document';
import { describeContainer } from '../../engine/kubernetes/model';
import { envItems } from './objects';

const ENV = new Set(['GITSYNC_GIT', 'GIT_SYNC_GIT']);

export const rule: KubernetesRule = {
  id: 'K8S069',
  title: 'git-sync runs a custom git binary',
  kind: 'kubernetes',
  severity: 'warning',
  category: 'supply-chain',
  fixable: false,
  references: ['checkov:CKV_K8S_159'],
  check(model, report) {
    for (const container of model.containers) {
      const message = () => `The ${describeContainer(container)} tells git-sync which git executable to run: whoever can set it (or write that path) runs code in the sync container, which holds the repository credentials. Remove the override.`;
      for (const item of envItems(container)) {
        if (!ENV.has(stringAt(item, 'name') ?? '')) continue;
        report({ range: keyRange(model.file.lines, pairOf(item, 'name')!), message: message() });
      }
      for (const arg of seqAt(container.map, 'args')?.items ?? []) {
        if (isScalar(arg) && typeof arg.value === 'string' && /^--git(=|$)/.test(arg.value)) report({ range: nodeRange(model.file.lines, arg), message: message() });
      }
    }
  },
};
