// WORKDIR inside a kernel or boot file system: /proc, /sys, /dev, /boot, …
import type { DockerfileRule } from '../rule';
import { expandIn, joinPath, workdirBefore, workdirText } from './workdir';

const SYSTEM = ['/proc', '/sys', '/dev', '/boot', '/initrd', '/lost+found'];

export const rule: DockerfileRule = {
  id: 'DF049',
  title: 'WORKDIR in a system directory',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'isolation',
  fixable: false,
  references: ['trivy:DS-0030'],
  check(model, report) {
    for (const stage of model.stages) {
      for (const inst of stage.instructions) {
        if (inst.getKeyword() !== 'WORKDIR') continue;
        const value = expandIn(model, stage, inst, workdirText(inst));
        if (!value) continue;
        const before = workdirBefore(model, stage, inst).dir;
        const dir = value.startsWith('/') ? joinPath('/', value) : before && joinPath(before, value);
        const root = dir && SYSTEM.find((s) => dir === s || dir.startsWith(`${s}/`));
        if (!root) continue;
        report({
          range: inst.getArgumentsRange() ?? inst.getRange(),
          message: `WORKDIR \`${dir}\` is inside \`${root}\`, which the container runtime mounts from the kernel or host; files written there do not behave like image files and may reach the host. Use an application directory such as /app.`,
        });
      }
    }
  },
};
