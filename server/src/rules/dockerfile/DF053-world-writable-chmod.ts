// COPY/ADD --chmod that makes files writable by every user.
import type { DockerfileRule } from '../rule';
import { allInstructions, flag } from '../../engine/dockerfile/instructions';

export const rule: DockerfileRule = {
  id: 'DF053',
  title: 'COPY --chmod makes files world-writable',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'privilege',
  fixable: true,
  references: [],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'COPY' && l.keyword !== 'ADD') continue;
      const chmod = flag(l.inst, 'chmod');
      const value = chmod?.getValue();
      const range = chmod?.getValueRange();
      if (!chmod || !value || !range) continue;
      const octal = /^[0-7]{3,4}$/.test(value);
      if (octal ? (parseInt(value, 8) & 0o002) === 0 : !/(^|,)[ugo]*[ao][ugo]*[+=][rxXst]*w|(^|,)[+=][rxXst]*w/.test(value)) continue;
      const safer = octal ? (parseInt(value, 8) & ~0o002).toString(8).padStart(value.length, '0') : undefined;
      report({
        range,
        message: `\`--chmod=${value}\` lets every user in the container write these files, so any process can replace code or config. Drop the write bit for others${safer ? ` (${safer})` : ''}.`,
        fixes: safer ? [{ title: `Use --chmod=${safer}`, edits: [{ range, newText: safer }] }] : [],
      });
    }
  },
};
