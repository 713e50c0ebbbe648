// EXPOSE with an IP or host port: the image cannot choose how the host publishes
// it; BuildKit ignores the host part and warns.
import type { DockerfileRule } from '../rule';
import { forEachPort } from './expose';

export const rule: DockerfileRule = {
  id: 'DF040',
  title: 'EXPOSE with an IP address or host port',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'network',
  fixable: true,
  references: ['buildkit:ExposeInvalidFormat'],
  check(model, report) {
    forEachPort(model, (port) => {
      if (!port.mapping) return;
      const kept = port.proto ? `${port.port}/${port.proto}` : port.port;
      const literal = !port.word.value.includes('$');
      report({
        range: port.word.range,
        message: `\`EXPOSE ${port.value}\` maps a host address or port, which only \`docker run -p\` or Compose \`ports:\` can do; the image only declares the container port ${kept}.`,
        fixes: literal ? [{ title: `Expose ${kept} only`, edits: [{ range: port.word.range, newText: kept }] }] : [],
      });
    });
  },
};
