// A published port without a host IP listens on every interface (and Docker's
// iptables rules let it past the host firewall).
import type { ComposeRule } from '../rule';
import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import { nodeRange, type YamlMap } from '../../engine/yaml/document';
import { addToMap, replaceNode } from '../../engine/yaml/edit';
import type { TextEdit } from '../../engine/types';
import type { ComposeModel } from '../../engine/compose/model';
import { portsOf, type Port } from './ports';
import { describeServices, sites } from './sites';

const ANY = new Set(['', '0.0.0.0', '::', '[::]']);
const LOOPBACK = '127.0.0.1';

export function isUnbound(port: Port): boolean {
  return port.hostIp === undefined || ANY.has(port.hostIp.trim());
}

function loopbackEdit(model: ComposeModel, port: Port): TextEdit | undefined {
  const node = model.resolve(port.node);
  if (port.long) {
    const hostIp = model.entry(node, 'host_ip');
    if (hostIp) return hostIp.shared || !hostIp.value ? undefined : replaceNode(model.file, hostIp.value, JSON.stringify(LOOPBACK));
    return isMap(node) ? addToMap(model.file, node as YamlMap, { host_ip: LOOPBACK }, model.style)[0] : undefined;
  }
  if (!isScalar(node) || !node.range) return undefined;
  const scalar = node as Scalar;
  const source = model.file.text.slice(node.range[0], node.range[1]);
  if (typeof scalar.value === 'number') return replaceNode(model.file, node, `"${LOOPBACK}::${source}"`);
  const quote = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0;
  const inner = source.slice(quote, source.length - quote);
  // `0.0.0.0:80:80` → `127.0.0.1:80:80`; `8080:80` → `127.0.0.1:8080:80`; `80` → `127.0.0.1::80`.
  const next = port.hostIp !== undefined ? inner.replace(/^(\[[^\]]*\]|[^:]*):/, `${LOOPBACK}:`)
    : port.hostPort !== undefined ? `${LOOPBACK}:${inner}` : `${LOOPBACK}::${inner}`;
  if (quote && /\\|''/.test(inner)) return undefined; // escapes: leave it to the user
  return { range: model.file.lines.range(node.range[0] + quote, node.range[1] - quote), newText: next };
}

export const rule: ComposeRule = {
  id: 'DC021',
  title: 'Published port listens on all interfaces',
  kind: 'compose',
  severity: 'info',
  category: 'network',
  fixable: true,
  references: ['kics:451d79dc-0588-476a-ad03-3c7f0320abb3', 'dclint:no-unbound-port-interfaces', 'cis-docker:5.14'],
  check(model, report) {
    const found = sites<Port>(report, (services, port) => {
      const edit = loopbackEdit(model, port);
      const what = port.hostPort ? `host port ${port.hostPort}` : `a random host port for ${port.containerPort ?? 'the container port'}`;
      return {
        range: nodeRange(model.file.lines, port.node),
        message: `${describeServices(services)}: ${what} is published on every interface${port.hostIp ? ` (\`${port.hostIp}\`)` : ''}, reachable from the network and past host firewalls such as ufw. Bind it to ${LOOPBACK} unless other machines must reach it.`,
        fixes: edit ? [{ title: `Bind to ${LOOPBACK}`, edits: [edit] }] : [],
      };
    });
    for (const service of model.services) {
      for (const port of portsOf(model, service)) if (isUnbound(port)) found.add(port.node as Node, service, port);
    }
    found.flush();
  },
};
