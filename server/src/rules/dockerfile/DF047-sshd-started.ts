// The image's command starts an SSH daemon (CIS Docker 5.7).
import type { DockerfileRule } from '../rule';
import { argumentWords } from '../../engine/dockerfile/instructions';
import { lastInChain } from './runtime';

const SSHD = /(^|[\s/;&|])sshd(\s|$|;|&)|\bservice\s+ssh\S*\s+start\b|\/etc\/init\.d\/ssh\S*\s+start\b/;

export const rule: DockerfileRule = {
  id: 'DF047',
  title: 'The container starts an SSH server',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'network',
  fixable: false,
  references: ['cis-docker:5.7'],
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.isFinal) continue;
      for (const keyword of ['ENTRYPOINT', 'CMD']) {
        const inst = lastInChain(stage, keyword);
        if (!inst || !SSHD.test(argumentWords(inst).map((w) => w.value).join(' '))) continue;
        report({
          range: inst.getArgumentsRange() ?? inst.getRange(),
          message: `The ${keyword} starts an SSH server in the container. Use \`docker exec\` / \`kubectl exec\` for access instead of running sshd.`,
        });
      }
    }
  },
};
