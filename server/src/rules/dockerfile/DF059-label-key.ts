// LABEL keys that break the label-key format or use a namespace Docker reserves.
import type { DockerfileRule } from '../rule';
import { allInstructions, pairsOf } from '../../engine/dockerfile/instructions';

const KEY = /^[a-z0-9]+([.-][a-z0-9]+)*$/;
/** Reserved for Docker, except the keys Docker asks extension images to set. */
const RESERVED = /^(com\.docker\.(?!extension\.|desktop\.)|io\.docker\.|org\.dockerproject\.)/;

export const rule: DockerfileRule = {
  id: 'DF059',
  title: 'Invalid LABEL key',
  kind: 'dockerfile',
  severity: 'off',
  category: 'hygiene',
  fixable: false,
  references: ['hadolint:DL3048'],
  check(model, report) {
    for (const l of allInstructions(model)) {
      if (l.keyword !== 'LABEL') continue;
      for (const pair of pairsOf(l.inst)) {
        const key = pair.name.replace(/^(["'])(.*)\1$/, '$2');
        if (key.includes('$')) continue;
        const problem = RESERVED.test(key) ? 'uses a namespace reserved for Docker'
          : !KEY.test(key) ? 'is not a lower-case, dot-separated key (letters, digits, `.` and `-`, starting and ending with a letter or digit)'
          : undefined;
        if (!problem) continue;
        report({ range: pair.nameRange, message: `Label key \`${key}\` ${problem}; tools that filter on labels may not match it. Use a reverse-DNS key such as \`org.opencontainers.image.*\`.` });
      }
    }
  },
};
