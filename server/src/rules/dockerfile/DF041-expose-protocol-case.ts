// EXPOSE 80/TCP: protocols are lower case.
import type { DockerfileRule } from '../rule';
import { forEachPort } from './expose';

export const rule: DockerfileRule = {
  id: 'DF041',
  title: 'EXPOSE protocol not in lower case',
  kind: 'dockerfile',
  severity: 'info',
  category: 'hygiene',
  fixable: true,
  references: ['buildkit:ExposeProtoCasing'],
  check(model, report) {
    forEachPort(model, (port) => {
      if (!port.proto || port.proto === port.proto.toLowerCase()) return;
      const { word } = port;
      const slash = word.value.lastIndexOf('/');
      const literal = !word.value.includes('$') && slash !== -1 && word.range.start.line === word.range.end.line;
      const at = { line: word.range.start.line, character: word.range.start.character + slash + 1 };
      report({
        range: word.range,
        message: `EXPOSE protocol \`${port.proto}\` should be lower case (\`${port.proto.toLowerCase()}\`).`,
        fixes: literal ? [{ title: 'Lower-case the protocol', edits: [{ range: { start: at, end: word.range.end }, newText: port.proto.toLowerCase() }] }] : [],
      });
    });
  },
};
